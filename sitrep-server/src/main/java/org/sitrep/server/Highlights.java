package org.sitrep.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * Where an event's parts stand in its article's text, for the evidence panel: the store keeps the evidence
 * sentence's offsets and the words of the trigger, actors, place and date expression; each is found inside
 * the sentence (whole words, any case; the place by the article's stored toponym offsets first).
 */
final class Highlights {
    /** A part of an event in the article text: {@code kind} trigger, source, target, place or date. */
    record Span(String kind, int start, int end) {
    }

    private Highlights() {
    }

    static List<Span> of(Event e, String text, List<Place> places) {
        List<Span> out = new ArrayList<>();
        int s = e.evidence().start();
        int t = Math.min(e.evidence().end(), text.length());
        if (s < 0 || s >= t) {
            return out;
        }
        find(out, "trigger", e.evidence().trigger(), text, s, t);
        find(out, "source", words(e.source()), text, s, t);
        find(out, "target", words(e.target()), text, s, t);
        if (e.location() != null && e.location().text() != null) {
            Place stored = places.stream().filter(p -> p.start() >= s && p.end() <= t
                    && p.text().equalsIgnoreCase(e.location().text())).findFirst().orElse(null);
            if (stored != null) {
                add(out, new Span("place", stored.start(), stored.end()));
            } else {
                find(out, "place", e.location().text(), text, s, t);
            }
        }
        if (e.date() != null) {
            find(out, "date", e.date().text(), text, s, t);
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    private static String words(Actor a) {
        return a == null ? null : a.text();
    }

    /** The first whole-word, case-insensitive occurrence of {@code needle} in text[s, t) that no span covers yet. */
    private static void find(List<Span> out, String kind, String needle, String text, int s, int t) {
        if (needle == null || needle.isBlank()) {
            return;
        }
        String hay = text.substring(s, t).toLowerCase(Locale.ROOT);
        String n = needle.strip().toLowerCase(Locale.ROOT);
        for (int i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) {
            int a = s + i;
            int b = a + n.length();
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1));
            boolean wordEnd = b - s >= hay.length() || !Character.isLetterOrDigit(hay.charAt(b - s));
            if (wordStart && wordEnd && add(out, new Span(kind, a, b))) {
                return;
            }
        }
    }

    private static boolean add(List<Span> out, Span span) {
        for (Span o : out) {
            if (span.start() < o.end() && o.start() < span.end()) {
                return false;
            }
        }
        out.add(span);
        return true;
    }
}
