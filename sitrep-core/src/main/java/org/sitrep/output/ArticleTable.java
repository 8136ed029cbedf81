package org.sitrep.output;

import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Quote;

/** A coded article as a readable table for a terminal: one line per event, then the quotes. */
public final class ArticleTable {
    private ArticleTable() {
    }

    public static String render(CodedArticle coded) {
        StringBuilder sb = new StringBuilder();
        var a = coded.article();
        sb.append("== ").append(a.id());
        if (a.published() != null) {
            sb.append("  ").append(a.published());
        }
        if (a.title() != null) {
            sb.append("  ").append(a.title());
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-6s %-10s %-22s %-22s %-23s %-18s %s%n",
                "CAMEO", "FACT", "SOURCE", "TARGET", "DATE", "PLACE", "TRIGGER / NAME"));
        for (Event e : coded.events()) {
            String date = e.date() == null ? "-" : e.date().start().equals(e.date().end())
                    ? e.date().start() + " " + e.date().precision().label()
                    : e.date().start() + ".." + e.date().end();
            sb.append(String.format(Locale.ROOT, "%-6s %-10s %-22s %-22s %-23s %-18s %s: %s%n",
                    e.cameo(), e.factuality().label(), cut(actor(e.source()), 22), cut(actor(e.target()), 22),
                    cut(date, 23), cut(e.location() == null ? "-" : e.location().name(), 18),
                    e.evidence().trigger(), e.cameoName()));
        }
        if (coded.events().isEmpty()) {
            sb.append("(no events)\n");
        }
        for (Quote q : coded.quotes()) {
            sb.append("  \u201C").append(cut(q.text(), 90)).append("\u201D \u2014 ").append(actor(q.speaker()))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String actor(Actor actor) {
        if (actor == null) {
            return "(unknown)";
        }
        String name = actor.name() != null ? actor.name() : actor.text();
        if (actor.affiliation() != null && !actor.affiliation().equals(name)) {
            name = name + ", " + actor.affiliation();
        }
        return actor.code() != null ? name + " [" + actor.code() + "]" : name;
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
