package org.sitrep.time;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotation.Dependency;
import org.sitrep.annotation.Relations;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;

/**
 * Finds the time expressions of a sentence: the annotator's DATE/TIME/DURATION/SET spans, widened
 * with the relative words around them ("two days" + "after"), plus the relative and deictic phrases
 * of the time lexicon that the annotator leaves untagged ("shortly after that", "later").
 */
public final class TimeExpressions {
    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "during", "at", "by", "since", "for", "until",
            "till", "from", "through", "throughout", "within", "over", "around", "before", "after", "between", "of");
    private static final Set<String> PRONOUN_REFERENTS = Set.of("that", "this", "it", "then", "which");
    private static final Set<String> LEADING_ADVERBS = Set.of("shortly", "soon", "just", "immediately", "only");
    private static final Set<String> RELATIVE_ADVERBS = Set.of("later", "earlier", "afterwards", "afterward",
            "subsequently", "previously");
    private static final Set<String> LINKS = Set.of("after", "before", "following", "prior");
    private static final Set<String> UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week",
            "weeks", "fortnight", "month", "months", "year", "years");

    /** Referent value for a link followed by words that name no event noun ("after being freed"). */
    public static final int UNRESOLVABLE = -3;

    private final TimeLexicon lexicon;

    public TimeExpressions(TimeLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The time expressions of the sentence, in text order, without overlaps. */
    public List<TimeExpression> find(Sentence s) {
        int n = s.size();
        List<String> lower = new ArrayList<>(n);
        for (Token t : s.tokens()) {
            lower.add(t.word().toLowerCase(Locale.ROOT));
        }
        boolean[] used = new boolean[n];
        List<int[]> spans = new ArrayList<>();
        List<String> ners = new ArrayList<>();

        // 0. multi-word relative and deictic phrases of the lexicon come first: the annotator often
        //    tags only part of "later in the day" or "the next morning"
        Set<TimeLexicon.Kind> phraseKinds = EnumSet.of(TimeLexicon.Kind.OFFSET, TimeLexicon.Kind.DEICTIC);
        for (int i = 0; i < n; i++) {
            if (UNITS.contains(lower.get(i))) {
                continue; // "days later" needs its count: left to the annotator's span
            }
            TimeLexicon.Match m = lexicon.longestAt(lower, i, phraseKinds);
            if (m != null && m.to() - m.from() >= 2 && free(used, m.from(), m.to())) {
                addSpan(spans, ners, used, m.from(), m.to(), null);
                i = m.to() - 1;
            }
        }
        // 1. the annotator's spans: contiguous tokens of one time type and one normalized value
        int i = 0;
        while (i < n) {
            Token t = s.token(i);
            if (used[i]) {
                i++;
            } else if (t.ner() != null && TIME_NER.contains(t.ner())) {
                int j = i + 1;
                while (j < n && !used[j] && t.ner().equals(s.token(j).ner())
                        && (Objects.equals(t.normalized(), s.token(j).normalized()) || numeric(s.token(j)))) {
                    j++;
                }
                addSpan(spans, ners, used, i, j, t.ner());
                i = j;
            } else {
                i++;
            }
        }
        // 2. month and weekday names the annotator missed (capitalised, not the modal "May")
        for (i = 0; i < n; i++) {
            Token t = s.token(i);
            if (used[i] || t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0)) || "MD".equals(t.pos())) {
                continue;
            }
            TimeLexicon.Entry e = lexicon.get(lower.get(i));
            if (e != null && (e.kind() == TimeLexicon.Kind.MONTH || e.kind() == TimeLexicon.Kind.WEEKDAY)
                    && t.pos().startsWith("NNP")) {
                addSpan(spans, ners, used, i, i + 1, null);
            }
        }
        // 3. widen the annotator's spans with the relative words around them
        for (int[] span : spans) {
            widen(s, lower, used, span);
        }
        // 4. relative and deictic phrases of the lexicon
        for (i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            TimeLexicon.Match m = lexicon.longestAt(lower, i, phraseKinds);
            int to = -1;
            if (m != null && free(used, m.from(), m.to())) {
                to = m.to();
            } else if (RELATIVE_ADVERBS.contains(lower.get(i)) && s.token(i).pos().startsWith("RB")) {
                to = i + 1;
            } else if (LINKS.contains(lower.get(i)) && i + 1 < n && PRONOUN_REFERENTS.contains(lower.get(i + 1))) {
                to = i + 1;
            } else if (LINKS.contains(lower.get(i)) && !"VBG".equals(s.token(i).pos()) && referentNoun(s, i + 1) >= 0) {
                to = i + 1;
            }
            if (to > i) {
                addSpan(spans, ners, used, i, to, null);
                widen(s, lower, used, spans.get(spans.size() - 1));
                i = spans.get(spans.size() - 1)[1] - 1;
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<TimeExpression> out = new ArrayList<>();
        for (int[] span : spans) {
            int from = span[0];
            int to = span[1];
            String ner = span[2] < 0 ? null : ners.get(span[2]);
            int head = head(s, from, to);
            String normalized = null;
            for (int t = from; t < to; t++) {
                if (s.token(t).normalized() != null && s.token(t).ner() != null && TIME_NER.contains(s.token(t).ner())) {
                    normalized = s.token(t).normalized();
                    break;
                }
            }
            out.add(new TimeExpression(s.index(), from, to, head, s.span(from, to), normalized, ner,
                    preposition(s, lower, from, head), span[3]));
        }
        return out;
    }

    /**
     * Widens a span with a leading "shortly"/"soon", trailing "after"/"before"/"later"/"earlier"/"ago",
     * and a pronoun after a trailing link ("after that"); records the referent noun of a trailing link.
     */
    private void widen(Sentence s, List<String> lower, boolean[] used, int[] span) {
        int n = s.size();
        int from = span[0];
        int to = span[1];
        if (from > 0 && !used[from - 1] && LEADING_ADVERBS.contains(lower.get(from - 1))) {
            from--;
            used[from] = true;
        }
        // "March 3-4" tokenised as one word the annotator left out
        if (to < n && !used[to] && lexicon.get(lower.get(to - 1), TimeLexicon.Kind.MONTH) != null
                && lower.get(to).matches("[0-9]{1,2}([-\u2013][0-9]{1,2})?")) {
            used[to] = true;
            to++;
        }
        // "November 24 and 25", "March 3 to 5": the second day belongs to the date
        if (to + 1 < n && !used[to] && !used[to + 1] && s.token(to - 1).pos().equals("CD")
                && Set.of("and", "to", "-", "\u2013").contains(lower.get(to)) && s.token(to + 1).pos().equals("CD")
                && lower.get(to + 1).matches("[0-9]{1,2}")) {
            used[to] = true;
            used[to + 1] = true;
            to += 2;
        }
        boolean counted = false; // only an amount of time takes a trailing link: "two days after", not "Monday after"
        for (int t = from; t < to; t++) {
            counted |= UNITS.contains(lower.get(t));
        }
        while (counted && to < n && !used[to] && (LINKS.contains(lower.get(to)) || RELATIVE_ADVERBS.contains(lower.get(to))
                || lower.get(to).equals("ago"))) {
            used[to] = true;
            to++;
        }
        int referent = -1;
        if (LINKS.contains(lower.get(to - 1))) {
            if (to < n && !used[to] && PRONOUN_REFERENTS.contains(lower.get(to))) {
                used[to] = true;
                to++; // "after that" belongs to the expression; it refers to the previous event
            } else {
                referent = referentNoun(s, to);
                if (referent < 0 && to < n && Character.isLetterOrDigit(s.token(to).word().charAt(0))) {
                    referent = UNRESOLVABLE; // "shortly after take-off": names something, not an event noun
                }
            }
        }
        span[0] = from;
        span[1] = to;
        span[3] = referent;
    }

    private static void addSpan(List<int[]> spans, List<String> ners, boolean[] used, int from, int to, String ner) {
        for (int t = from; t < to; t++) {
            used[t] = true;
        }
        int nerIndex = -1;
        if (ner != null) {
            ners.add(ner);
            nerIndex = ners.size() - 1;
        }
        spans.add(new int[] {from, to, nerIndex, -1});
    }

    /** "3", "-", "4" after "March": the annotator gives the day range its own value, but it is one date. */
    private static boolean numeric(Token t) {
        return t.pos().equals("CD") || t.pos().equals("SYM") || t.pos().equals("HYPH") || t.word().equals("-")
                || t.word().equals("\u2013");
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int t = from; t < to; t++) {
            if (used[t]) {
                return false;
            }
        }
        return true;
    }

    /** The first common noun after a relative link, skipping determiners and adjectives; -1 if none. */
    static int referentNoun(Sentence s, int from) {
        for (int t = from; t < s.size() && t < from + 4; t++) {
            Token tok = s.token(t);
            if (tok.pos().startsWith("NN") && !tok.pos().startsWith("NNP")) {
                return t;
            }
            if (!(tok.pos().equals("DT") || tok.pos().startsWith("JJ") || tok.pos().equals("PRP$")
                    || tok.pos().equals("CD") || tok.pos().startsWith("NNP") || tok.pos().equals("POS"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The span token whose head lies outside the span (the last such), or the last token. */
    static int head(Sentence s, int from, int to) {
        int head = -1;
        for (int t = from; t < to; t++) {
            Dependency d = s.headEdge(t);
            if (d == null) {
                continue;
            }
            if (d.governor() < from || d.governor() >= to) {
                if (head < 0 || !isLink(s, t)) {
                    head = t;
                }
            }
        }
        return head < 0 ? to - 1 : head;
    }

    /** True for a bare "after"/"before" that introduces an event ("after the attack", "after protesters set fire"). */
    public static boolean isBareLink(TimeExpression e) {
        return e.ner() == null && e.size() == 1 && LINKS.contains(e.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isLink(Sentence s, int t) {
        String w = s.token(t).word().toLowerCase(Locale.ROOT);
        return LINKS.contains(w) || LEADING_ADVERBS.contains(w);
    }

    private static String preposition(Sentence s, List<String> lower, int from, int head) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals(Relations.CASE) && PREPOSITIONS.contains(lower.get(d.dependent()))) {
                return lower.get(d.dependent());
            }
        }
        if (from > 0 && PREPOSITIONS.contains(lower.get(from - 1))) {
            return lower.get(from - 1);
        }
        return null;
    }
}
