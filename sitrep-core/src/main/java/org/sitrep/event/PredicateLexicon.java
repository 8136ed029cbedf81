package org.sitrep.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.codebook.CameoCodebook;
import org.sitrep.knowledge.KnowledgeTable;

/**
 * The predicate lexicon: verb frames ({@code knowledge/events/verbs.tsv}), nominal triggers ({@code knowledge/events/nouns.tsv}),
 * support verbs ({@code knowledge/events/support_verbs.tsv}) and complement-specific codes for threats, demands and
 * appeals ({@code knowledge/events/complements.tsv}), indexed by lemma for constant-time lookup.
 */
public final class PredicateLexicon {
    public static final String VERBS = "knowledge/events/verbs.tsv";
    public static final String NOUNS = "knowledge/events/nouns.tsv";
    public static final String SUPPORT = "knowledge/events/support_verbs.tsv";
    public static final String COMPLEMENTS = "knowledge/events/complements.tsv";

    /**
     * One verb entry. Constraints are null when absent.
     *
     * @param particle     required particle
     * @param objects      allowed patient lemmas
     * @param objectClass  required patient word class (modes.tsv "class"/"actor" tag, PLACE also by NER)
     * @param subjectClass required agent word class
     * @param preposition  required oblique preposition
     * @param intransitive requires no patient
     * @param transitive   requires some patient
     */
    public record VerbFrame(String lemma, String particle, Set<String> objects, String objectClass,
                            String subjectClass, String preposition, boolean intransitive, boolean transitive,
                            String cameo,
                            int specificity, int line) {
    }

    /** A nominal trigger: head noun, optional modifier, CAMEO code. */
    public record NounTrigger(String modifier, String head, String cameo) {
    }

    /** A support verb. {@code kind} is LIGHT or OCCUR; {@code position} is "obj", "nsubj" or "obl:PREP". */
    public record SupportVerb(String lemma, String particle, String kind, String position) {
    }

    /** A complement rule: governor lemma, complement CAMEO prefix ("-" for any), resulting code. */
    public record ComplementRule(String governor, String prefix, String cameo) {
    }

    private final Map<String, List<VerbFrame>> verbs;
    private final Map<String, NounTrigger> nounsAlone;
    private final Map<String, Map<String, NounTrigger>> nounsWithModifier;
    private final Map<String, List<SupportVerb>> support;
    private final Map<String, List<ComplementRule>> complements;

    private PredicateLexicon(Map<String, List<VerbFrame>> verbs, Map<String, NounTrigger> nounsAlone,
                             Map<String, Map<String, NounTrigger>> nounsWithModifier,
                             Map<String, List<SupportVerb>> support, Map<String, List<ComplementRule>> complements) {
        this.verbs = verbs;
        this.nounsAlone = nounsAlone;
        this.nounsWithModifier = nounsWithModifier;
        this.support = support;
        this.complements = complements;
    }

    /** Reads the lexicon files, failing with file and line for a code the codebook lacks or a duplicate. */
    public static PredicateLexicon load(CameoCodebook codebook) {
        Map<String, List<VerbFrame>> verbs = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(VERBS, 3)) {
            String lemma = row.cell(0);
            String frame = row.cell(1);
            String cameo = row.cell(2);
            requireCode(codebook, row, cameo);
            if (!seen.add(lemma + "\t" + frame)) {
                throw row.error("duplicate verb pattern " + lemma + " " + frame);
            }
            verbs.computeIfAbsent(lemma, k -> new ArrayList<>()).add(parseFrame(row, lemma, frame, cameo));
        }
        for (List<VerbFrame> frames : verbs.values()) {
            frames.sort((a, b) -> a.specificity() != b.specificity()
                    ? Integer.compare(b.specificity(), a.specificity()) : Integer.compare(a.line(), b.line()));
        }
        Map<String, NounTrigger> alone = new HashMap<>();
        Map<String, Map<String, NounTrigger>> withMod = new HashMap<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(NOUNS, 2)) {
            String[] words = row.cell(0).split(" ");
            requireCode(codebook, row, row.cell(1));
            if (words.length == 1) {
                if (alone.put(words[0], new NounTrigger(null, words[0], row.cell(1))) != null) {
                    throw row.error("duplicate noun trigger " + row.cell(0));
                }
            } else if (words.length == 2) {
                NounTrigger t = new NounTrigger(words[0], words[1], row.cell(1));
                if (withMod.computeIfAbsent(words[1], k -> new HashMap<>()).put(words[0], t) != null) {
                    throw row.error("duplicate noun trigger " + row.cell(0));
                }
            } else {
                throw row.error("a noun trigger has one or two words: " + row.cell(0));
            }
        }
        Map<String, List<SupportVerb>> support = new HashMap<>();
        Set<String> seenSupport = new HashSet<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(SUPPORT, 4)) {
            String kind = row.cell(2);
            if (!kind.equals("LIGHT") && !kind.equals("OCCUR")) {
                throw row.error("kind must be LIGHT or OCCUR: " + kind);
            }
            if (!seenSupport.add(row.cell(0) + "\t" + row.cell(1))) {
                throw row.error("duplicate support verb " + row.cell(0) + " " + row.cell(1));
            }
            String particle = "-".equals(row.cell(1)) ? null : row.cell(1);
            support.computeIfAbsent(row.cell(0), k -> new ArrayList<>())
                    .add(new SupportVerb(row.cell(0), particle, kind, row.cell(3)));
        }
        Map<String, List<ComplementRule>> complements = new HashMap<>();
        Set<String> seenComplement = new HashSet<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(COMPLEMENTS, 3)) {
            requireCode(codebook, row, row.cell(2));
            if (!"-".equals(row.cell(1))) {
                requireCode(codebook, row, row.cell(1));
            }
            if (!seenComplement.add(row.cell(0) + "\t" + row.cell(1))) {
                throw row.error("duplicate complement rule " + row.cell(0) + " " + row.cell(1));
            }
            complements.computeIfAbsent(row.cell(0), k -> new ArrayList<>())
                    .add(new ComplementRule(row.cell(0), row.cell(1), row.cell(2)));
        }
        for (List<ComplementRule> rules : complements.values()) {
            rules.sort((a, b) -> Integer.compare(b.prefix().equals("-") ? 0 : b.prefix().length(),
                    a.prefix().equals("-") ? 0 : a.prefix().length()));
        }
        return new PredicateLexicon(freeze(verbs), Map.copyOf(alone), Map.copyOf(withMod), freeze(support),
                freeze(complements));
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    private static void requireCode(CameoCodebook codebook, KnowledgeTable.Row row, String cameo) {
        if (!codebook.contains(cameo)) {
            throw row.error("CAMEO code not in the codebook: " + cameo);
        }
    }

    private static VerbFrame parseFrame(KnowledgeTable.Row row, String lemma, String frame, String cameo) {
        String particle = null;
        Set<String> objects = null;
        String objectClass = null;
        String subjectClass = null;
        String preposition = null;
        boolean intransitive = false;
        boolean transitive = false;
        int specificity = 0;
        if (!"-".equals(frame)) {
            for (String c : frame.split(" ")) {
                specificity++;
                if (c.startsWith("prt:")) {
                    particle = c.substring(4);
                } else if (c.startsWith("obj:@")) {
                    objectClass = c.substring(5);
                } else if (c.startsWith("obj:")) {
                    objects = Set.of(c.substring(4).split("\\|"));
                } else if (c.startsWith("subj:@")) {
                    subjectClass = c.substring(6);
                } else if (c.startsWith("prep:")) {
                    preposition = c.substring(5);
                } else if (c.equals("intr")) {
                    intransitive = true;
                } else if (c.equals("trans")) {
                    transitive = true;
                } else {
                    throw row.error("unknown frame constraint " + c);
                }
            }
        }
        return new VerbFrame(lemma, particle, objects, objectClass, subjectClass, preposition, intransitive, transitive,
                cameo,
                specificity, row.line());
    }

    public List<VerbFrame> verbFrames(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public boolean isVerb(String lemma) {
        return verbs.containsKey(lemma);
    }

    /** The nominal trigger for a head noun with the given modifier lemmas, two-word entries first; or null. */
    public NounTrigger noun(String head, List<String> modifiers) {
        Map<String, NounTrigger> byMod = nounsWithModifier.get(head);
        if (byMod != null) {
            for (String m : modifiers) {
                NounTrigger t = byMod.get(m);
                if (t != null) {
                    return t;
                }
            }
        }
        return nounsAlone.get(head);
    }

    public boolean isNounHead(String head) {
        return nounsAlone.containsKey(head) || nounsWithModifier.containsKey(head);
    }

    public List<SupportVerb> supportVerbs(String lemma) {
        return support.getOrDefault(lemma, List.of());
    }

    /** Complement rules of a governor lemma, longest prefix first and the "-" default last. */
    public List<ComplementRule> complementRules(String lemma) {
        return complements.getOrDefault(lemma, List.of());
    }

    /**
     * Every lemma that can start a predicate: verb frames, nominal trigger heads, support verbs and
     * complement governors. A sentence with none of them yields no event.
     */
    public Set<String> triggerLemmas() {
        Set<String> out = new HashSet<>(verbs.keySet());
        out.addAll(nounsAlone.keySet());
        out.addAll(nounsWithModifier.keySet());
        out.addAll(support.keySet());
        out.addAll(complements.keySet());
        return Collections.unmodifiableSet(out);
    }

    /** Every verb frame, for invariant checks. */
    public List<VerbFrame> allVerbFrames() {
        List<VerbFrame> out = new ArrayList<>();
        verbs.values().forEach(out::addAll);
        return out;
    }

    /** Every nominal trigger, for invariant checks. */
    public List<NounTrigger> allNouns() {
        List<NounTrigger> out = new ArrayList<>(nounsAlone.values());
        nounsWithModifier.values().forEach(m -> out.addAll(m.values()));
        return out;
    }
}
