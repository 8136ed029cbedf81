package org.sitrep.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.knowledge.KnowledgeTable;
import org.sitrep.model.AcledType;

/**
 * ACLED's actor names and inter codes for Sitrep's actors, by the rules of {@code acled-actors.tsv}: role, side
 * and the event's type decide; an actor known only by its words is named by its kind ("Civilians (Mali)") or
 * left empty, never printed as the words themselves.
 */
final class AcledActors {
    /** An ACLED actor: name, associated actor (or null) and inter code; {@link #NONE} when there is no actor. */
    record AcledActor(String name, String associated, int inter) {
    }

    static final AcledActor NONE = new AcledActor(null, null, 0);
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");
    private static final Set<String> VIOLENCE = Set.of("Battles", "Explosions/Remote violence", "Violence against civilians");

    private record Rule(String role, String side, String context, int inter, String actor, String associated) {
    }

    private final List<Rule> rules;
    private final CountryCodes codes;

    private AcledActors(List<Rule> rules, CountryCodes codes) {
        this.rules = rules;
        this.codes = codes;
    }

    static AcledActors load(CountryCodes codes) {
        List<Rule> rules = new ArrayList<>();
        for (KnowledgeTable.Row r : KnowledgeTable.read(CountryCodes.HERE + "acled-actors.tsv", 6)) {
            String assoc = r.get("assoc_actor");
            rules.add(new Rule(r.get("role"), r.get("side"), r.get("context"), Integer.parseInt(r.get("inter")),
                    r.get("actor"), assoc.isEmpty() ? null : assoc));
        }
        return new AcledActors(List.copyOf(rules), codes);
    }

    /**
     * The ACLED actor for one side of an event.
     *
     * @param side         1 (actor1, the source) or 2 (actor2, the target)
     * @param eventCountry ISO alpha-3 of where the event happened, or null
     */
    AcledActor of(Actor a, int side, AcledType type, String eventCountry) {
        if (a == null) {
            // ACLED always has an actor1: an unnamed perpetrator is named by its kind, as for bare words
            return side == 1 ? of(Actor.unresolved(null), 1, type, eventCountry) : NONE;
        }
        boolean resolved = a.code() != null || a.name() != null;
        String role = !resolved ? "?" : a.role() != null ? a.role() : a.code() != null && a.code().length() == 3 ? "=" : "-";
        String country = a.country() != null ? a.country() : eventCountry;
        String countryName = countryName(country);
        boolean named = a.name() != null && !a.name().equalsIgnoreCase(countryName) && !codes.isCountryName(a.name(), country)
                && !STATE_ROLES.contains(role) && !role.equals("=");
        for (Rule rule : rules) {
            if (!rule.role().equals(role) || !(rule.side().equals("*") || rule.side().equals(String.valueOf(side)))
                    || !applies(rule.context(), type, named)) {
                continue;
            }
            String name = fill(rule.actor(), countryName, named ? a.name() : null);
            if (name == null) {
                continue;
            }
            int inter = rule.inter();
            if (inter == 1 && country != null && eventCountry != null && !country.equals(eventCountry)) {
                inter = 8;
            }
            return new AcledActor(name, rule.associated() == null ? null
                    : fill(rule.associated(), countryName, named ? a.name() : null), inter);
        }
        return NONE;
    }

    private static boolean applies(String context, AcledType type, boolean named) {
        String t = type == null ? "" : type.eventType();
        return switch (context) {
            case "*" -> true;
            case "unnamed" -> !named;
            case "protest" -> t.equals("Protests");
            case "riot" -> t.equals("Riots");
            case "violence" -> VIOLENCE.contains(t);
            case "vac" -> t.equals("Violence against civilians");
            default -> throw new IllegalStateException("acled-actors.tsv: unknown context " + context);
        };
    }

    /** The template with {country} and {name} filled; null when it needs a name the actor does not have. */
    private static String fill(String template, String countryName, String name) {
        if (template.contains("{name}") && name == null) {
            return null;
        }
        String out = template.replace("{name}", name == null ? "" : name);
        if (countryName == null) {
            out = out.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "");
        } else {
            out = out.replace("{country}", countryName);
        }
        return out.isBlank() ? null : out;
    }

    private String countryName(String iso3) {
        CountryCodes.Country c = codes.country(iso3);
        return c == null ? null : c.acledName();
    }

    /** ACLED's interaction code: the two inter codes, lower first ("12"), or the one code times ten ("60"). */
    static int interaction(int inter1, int inter2) {
        if (inter1 == 0 || inter2 == 0) {
            return Math.max(inter1, inter2) * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }
}
