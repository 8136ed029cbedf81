package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.EntityMention;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.article.Article;
import org.sitrep.pipeline.Stage;
import java.util.Set;
import org.sitrep.pipeline.Provision;

/**
 * Annotates an article with one CoreNLP pipeline, loaded once and shared by all threads: tokens with
 * offsets, lemmas, POS, fine-grained NER with SUTime values anchored on the publication date, and UD
 * dependencies.
 */
public final class CoreNlpAnnotator implements Stage<Article, AnnotatedArticle> {
    private final StanfordCoreNLP pipeline;

    public CoreNlpAnnotator() {
        this(NlpOptions.defaults());
    }

    public CoreNlpAnnotator(NlpOptions options) {
        this.pipeline = new StanfordCoreNLP(properties(options));
    }

    static Properties properties(NlpOptions options) {
        Properties p = new Properties();
        String parse = options.parser() == ParserChoice.SHIFT_REDUCE ? "parse" : "depparse";
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma" + (options.ner() ? ",ner" : "") + "," + parse);
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        if (options.bidirectionalPos()) {
            p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-bidirectional-distsim.tagger");
        }
        if (options.parser() == ParserChoice.SHIFT_REDUCE) {
            p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
            p.setProperty("parse.maxlen", "120");
        }
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    @Override
    public Set<Provision> provides() {
        return Set.of(Provision.ANNOTATION);
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public AnnotatedArticle apply(Article article) {
        Annotation doc = new Annotation(article.text());
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap cs = coreSentences.get(si);
            sentences.add(sentence(si, cs, article.text()));
            mentions.addAll(mentions(si, cs, article.text()));
        }
        return new AnnotatedArticle(article, sentences, mentions);
    }

    private static Sentence sentence(int index, CoreMap cs, String text) {
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            String normalized = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            tokens.add(new Token(i, text.substring(l.beginPosition(), l.endPosition()), l.lemma(), l.tag(), ner,
                    l.beginPosition(), l.endPosition(), normalized));
        }
        int start = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
        int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
        return new Sentence(index, start, end, text.substring(start, end), tokens, dependencies(cs));
    }

    private static List<Dependency> dependencies(CoreMap cs) {
        SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> out = new ArrayList<>();
        if (graph == null) {
            return out;
        }
        for (IndexedWord root : graph.getRoots()) {
            out.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    private static List<EntityMention> mentions(int sentenceIndex, CoreMap cs, String text) {
        List<EntityMention> out = new ArrayList<>();
        List<CoreMap> ems = cs.get(CoreAnnotations.MentionsAnnotation.class);
        if (ems == null) {
            return out;
        }
        for (CoreMap em : ems) {
            List<CoreLabel> toks = em.get(CoreAnnotations.TokensAnnotation.class);
            if (toks == null || toks.isEmpty()) {
                continue;
            }
            int first = toks.get(0).index() - 1;
            int last = toks.get(toks.size() - 1).index();
            String type = em.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            String normalized = em.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            int start = toks.get(0).beginPosition();
            int end = toks.get(toks.size() - 1).endPosition();
            out.add(new EntityMention(sentenceIndex, first, last, text.substring(start, end),
                    type, start, end, normalized));
        }
        return out;
    }
}
