package org.sitrep.geo;

import static org.sitrep.geo.ToponymRecognizer.PLACE_TYPES;
import static org.sitrep.geo.ToponymRecognizer.capitalised;
import static org.sitrep.geo.ToponymRecognizer.capitalisedProperNoun;
import static org.sitrep.geo.ToponymRecognizer.partOfInstitution;
import static org.sitrep.geo.ToponymRecognizer.toponym;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/** Further occurrences of a name the article already uses as a place. */
final class RepeatedNames {
    private final Gazetteer gazetteer;

    RepeatedNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * One sense per discourse: a name the article uses as a place elsewhere is a place here too, when the
     * NER tagged this occurrence otherwise (local news often tags a town as an organisation).
     */
    void add(AnnotatedArticle article, List<Toponym> out) {
        java.util.Map<String, Toponym.Kind> known = new java.util.HashMap<>();
        for (Toponym t : out) {
            boolean place = (PLACE_TYPES.contains(t.source()) || "FRAME".equals(t.source()))
                    && gazetteer.knows(NameKey.of(t.text()))
                    || "DATELINE".equals(t.source());
            if ((!t.inName() || "FRAME".equals(t.source())) && (place || t.kind() == Toponym.Kind.DEMONYM)) {
                known.putIfAbsent(t.text(), t.kind());
                if (place && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) {
                    known.putIfAbsent(titleCase(t.text()), t.kind()); // "MANSFIELD --" ... "Mansfield Mayor"
                }
            }
        }
        if (known.isEmpty()) {
            return;
        }
        java.util.Set<Long> covered = new java.util.HashSet<>();
        for (Toponym t : out) {
            if (t.startToken() >= 0) {
                for (int k = t.startToken(); k < t.endToken(); k++) {
                    covered.add(((long) t.sentence() << 32) | k);
                }
            }
        }
        List<Toponym> added = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (covered.contains(((long) s.index() << 32) | i) || !capitalised(tokens.get(i))) {
                    continue;
                }
                for (int len = Math.min(4, tokens.size() - i); len >= 1; len--) {
                    int end = i + len;
                    String text = s.span(i, end);
                    Toponym.Kind kind = known.get(text);
                    if (kind == null || covered.contains(((long) s.index() << 32) | (end - 1))) {
                        continue;
                    }
                    if (i > 0 && capitalisedProperNoun(tokens.get(i - 1))) {
                        break; // the end of a longer name ("Abraham Lincoln")
                    }
                    boolean inName = end < tokens.size() && capitalisedProperNoun(tokens.get(end))
                            || partOfInstitution(tokens, i, end);
                    added.add(toponym(s, i, end, kind, "PROPAGATED", inName));
                    i = end - 1;
                    break;
                }
            }
        }
        out.addAll(added);
    }

    /** "FALLS VILLAGE" as "Falls Village", "ST. PAUL" as "St. Paul". */
    static String titleCase(String capitals) {
        StringBuilder b = new StringBuilder(capitals.length());
        boolean start = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
