package org.sitrep.codebook;

import org.sitrep.knowledge.KnowledgeTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.AcledType;

/**
 * CAMEO code plus mode cues to ACLED event type and sub-event type, read from {@code knowledge/codebook/acled.tsv}.
 * A rule applies when its CAMEO prefix starts the event's code and all its mode cues are present. Rules
 * with mode cues win over plain rules; within each group the longest prefix wins, then file order.
 */
public final class AcledMapping {
    public static final String RESOURCE = "knowledge/codebook/acled.tsv";
    private static final String NONE = "-";

    /** One row of the mapping; {@code type} null means "no ACLED type". */
    public record Rule(String prefix, Set<String> modes, AcledType type, int line) {
    }

    private final List<Rule> conditionedInOrder;
    private final Map<String, Rule> plain;
    private final List<Rule> rules;

    private AcledMapping(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        List<Rule> c = new ArrayList<>();
        Map<String, Rule> p = new HashMap<>();
        for (Rule r : rules) {
            if (r.modes().isEmpty()) {
                p.put(r.prefix(), r);
            } else {
                c.add(r);
            }
        }
        this.conditionedInOrder = List.copyOf(c);
        this.plain = Map.copyOf(p);
    }

    public static AcledMapping load(CameoCodebook codebook) {
        List<Rule> rules = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(RESOURCE, 4)) {
            String prefix = row.cell(0);
            if (!codebook.contains(prefix)) {
                throw row.error("prefix is not a CAMEO code: " + prefix);
            }
            Set<String> modes = new LinkedHashSet<>();
            if (!NONE.equals(row.cell(1))) {
                for (String m : row.cell(1).split("\\+")) {
                    modes.add(m.strip());
                }
            }
            String key = prefix + "|" + new java.util.TreeSet<>(modes);
            if (!seen.add(key)) {
                throw row.error("duplicate rule for " + prefix + " " + row.cell(1));
            }
            AcledType type = NONE.equals(row.cell(2)) ? null : new AcledType(row.cell(2), row.cell(3));
            rules.add(new Rule(prefix, Set.copyOf(modes), type, row.line()));
        }
        return new AcledMapping(rules);
    }

    /** The ACLED type for a code and the mode cues found around the event, or null. */
    public AcledType typeOf(String cameo, Set<String> modes) {
        Rule r = conditionedRule(cameo, modes);
        if (r == null) {
            r = plainRule(cameo);
        }
        return r == null ? null : r.type();
    }

    /** The first rule in file order that needs mode cues, all of which are in {@code modes}; or null. */
    public Rule conditionedRule(String cameo, Set<String> modes) {
        if (modes.isEmpty()) {
            return null;
        }
        for (Rule r : conditionedInOrder) {
            if (cameo.startsWith(r.prefix()) && modes.containsAll(r.modes())) {
                return r;
            }
        }
        return null;
    }

    /** The longest-prefix rule without mode cues; null when none applies. */
    public Rule plainRule(String cameo) {
        for (int len = cameo.length(); len >= 2; len--) {
            Rule r = plain.get(cameo.substring(0, len));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every mode cue any rule needs. */
    public Set<String> modeNames() {
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : rules) {
            out.addAll(r.modes());
        }
        return out;
    }
}
