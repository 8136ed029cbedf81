package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.sitrep.article.Article;

/**
 * Bare CoreNLP with its default {@code tokenize,ssplit,pos,lemma,ner,depparse} and nothing of Sitrep:
 * the baseline that {@code sitrep bench --baseline} measures Sitrep against. Thread-safe.
 */
public final class BareCoreNlp {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    private final StanfordCoreNLP pipeline;

    public BareCoreNlp() {
        CoreNlpLogging.quiet();
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates the article's text (with its date for SUTime) and returns its sentence count. */
    public int annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
