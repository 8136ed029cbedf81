package org.sitrep.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actor.ActorLexicon;
import org.sitrep.codebook.Codebook;

/**
 * Which sentences the extraction stages read a dependency parse of: those holding an event trigger
 * lemma (verb frame, nominal trigger, support verb, complement governor), a reporting verb, the word
 * "capital" (the geocoder's capital phrases), or a double quotation mark. Every other sentence is read by its tokens, tags and entities only, so the
 * annotator may skip its parse.
 */
public final class ParseNeed {
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201c", "\u201d", "``", "''", "\u00ab", "\u00bb");
    private final Set<String> lemmas;

    public ParseNeed(Set<String> lemmas) {
        this.lemmas = Set.copyOf(lemmas);
    }

    /** Reads the predicate and actor lexicons from the classpath. */
    public static ParseNeed load() {
        Codebook codebook = Codebook.load();
        Set<String> all = new HashSet<>(PredicateLexicon.load(codebook.cameo()).triggerLemmas());
        all.addAll(ActorLexicon.load().reportingVerbs());
        all.add("capital"); // sitrep-geo's capital phrases ("the Iraqi capital") read their parse
        all.add("accord");
        all.add("according");
        return new ParseNeed(all);
    }

    /** Whether a sentence with these words and lemmas (same length, lemmas may be null) needs a parse. */
    public boolean needsParse(List<String> words, List<String> lemmas) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (QUOTE_MARKS.contains(w)) {
                return true;
            }
            String lemma = lemmas.get(i) == null ? w : lemmas.get(i);
            if (this.lemmas.contains(lemma.toLowerCase(Locale.ROOT)) || this.lemmas.contains(lemma)) {
                return true;
            }
        }
        return false;
    }
}
