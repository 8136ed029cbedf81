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
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.EntityMention;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.article.Article;
import org.sitrep.event.ParseNeed;
import org.sitrep.pipeline.AnnotationStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates an article with CoreNLP, loaded once and shared by all threads: tokens with offsets, lemmas,
 * POS, fine-grained NER with SUTime values anchored on the publication date on every sentence, and UD
 * dependencies on the sentences the extraction stages read a parse of ({@link ParseNeed}; all with
 * {@link NlpOptions#parseAll()}). Sentences over {@link NlpOptions#maxParseTokens()} tokens are never
 * parsed (CoreNLP's fallback for them is a flat tree whose conversion is super-linear); a note is logged.
 */
public final class CoreNlpAnnotator implements AnnotationStage {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;
    private final ParseNeed need;
    private final int maxParseTokens;
    private final AnnotationProfile profile = new AnnotationProfile();

    public CoreNlpAnnotator() {
        this(NlpOptions.defaults());
    }

    /**
     * Loads the models (tagger and parser on two threads), with a line on stderr when loading starts and
     * when it is done; a heap too small for them fails with {@link ModelLoadException}.
     */
    public CoreNlpAnnotator(NlpOptions options) {
        CoreNlpLogging.quiet();
        long t0 = System.nanoTime();
        System.err.println("sitrep: loading language models ...");
        try {
            CompletableFuture<StanfordCoreNLP> parsing = CompletableFuture.supplyAsync(
                    () -> new StanfordCoreNLP(parserProperties(options), false));
            this.tagger = new StanfordCoreNLP(taggerProperties(options));
            this.need = options.parseAll() ? null : ParseNeed.load();
            this.parser = parsing.join();
        } catch (OutOfMemoryError | CompletionException e) {
            if (e instanceof OutOfMemoryError || e.getCause() instanceof OutOfMemoryError) {
                throw new ModelLoadException("the Java heap (" + Runtime.getRuntime().maxMemory() / 1048576
                        + " MiB) is too small for the CoreNLP models; give it at least 1500 MiB, e.g."
                        + " SITREP_JAVA_OPTS=-Xmx2g");
            }
            throw e;
        }
        this.maxParseTokens = options.maxParseTokens();
        System.err.printf(Locale.ROOT, "sitrep: language models ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    static Properties taggerProperties(NlpOptions options) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma" + (options.ner() ? ",ner" : ""));
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        if (options.bidirectionalPos()) {
            p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-bidirectional-distsim.tagger");
        }
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    static Properties parserProperties(NlpOptions options) {
        Properties p = new Properties();
        if (options.parser() == ParserChoice.SHIFT_REDUCE) {
            p.setProperty("annotators", "parse");
            p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
            p.setProperty("parse.maxlen", String.valueOf(options.maxParseTokens()));
        } else {
            p.setProperty("annotators", "depparse");
        }
        return p;
    }

    /** Annotation time so far, by phase and sentence length. */
    public AnnotationProfile profile() {
        return profile;
    }

    /** CoreNLP's own time per tagging annotator, as it prints it. */
    public String taggerTimings() {
        return tagger.timingInformation();
    }

    @Override
    public AnnotatedArticle apply(Article article) {
        Annotation doc = new Annotation(Dateline.withSentenceBreak(article.text()));
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        long t0 = System.nanoTime();
        tagger.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        profile.tagged(System.nanoTime() - t0, coreSentences.size());
        for (int si = 0; si < coreSentences.size(); si++) {
            parse(article, si, coreSentences.get(si));
        }
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap cs = coreSentences.get(si);
            sentences.add(sentence(si, cs, article.text()));
            mentions.addAll(mentions(si, cs, article.text()));
        }
        return new AnnotatedArticle(article, sentences, mentions);
    }

    private void parse(Article article, int index, CoreMap cs) {
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        if (n > maxParseTokens) {
            profile.skipped(n, true);
            LOG.warn("{}: sentence {} has {} tokens (over {}); not parsed, so no event is coded in it",
                    article.origin(), index + 1, n, maxParseTokens);
            return;
        }
        if (need != null && !need.needsParse(words(labels), lemmas(labels))) {
            profile.skipped(n, false);
            return;
        }
        long t0 = System.nanoTime();
        Annotation one = new Annotation(cs.get(CoreAnnotations.TextAnnotation.class));
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(cs));
        one.set(CoreAnnotations.TokensAnnotation.class, labels);
        parser.annotate(one);
        profile.parsed(n, System.nanoTime() - t0);
    }

    private static List<String> words(List<CoreLabel> labels) {
        List<String> out = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            out.add(l.word());
        }
        return out;
    }

    private static List<String> lemmas(List<CoreLabel> labels) {
        List<String> out = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            out.add(l.lemma());
        }
        return out;
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
