package org.sitrep.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actor.Actor;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.codebook.AcledMapping;
import org.sitrep.codebook.CameoCode;
import org.sitrep.codebook.Codebook;
import org.sitrep.pipeline.CodedArticle;
import org.sitrep.pipeline.Stage;

/**
 * The event coder: finds the event predicates of every sentence in its dependency graph and codes each as
 * a CAMEO event with PLOVER and ACLED types, factuality, source and target arguments, fatalities, evidence
 * and a confidence. Actors are left unresolved ({@link Actor#unresolved}) and date and location empty for
 * the later stages. Thread-safe; all lexicons are read once by {@link #load()}.
 *
 * <p>Predicates are found in this order, each token used once:
 * <ol>
 * <li>support verbs with a nominal trigger: "carried out an attack", "staged a protest" (LIGHT) and
 * "protests erupted" (OCCUR) give one event coded by the noun;</li>
 * <li>verb frames from {@code lexicon/verbs.tsv}; a violent verb whose subject is an event noun ("a car
 * bombing killed") gives one event coded by the noun, and one whose subject is a weapon ("rockets hit")
 * the code that weapon implies, with an unknown source;</li>
 * <li>remaining nominal triggers ("after a rocket strike");</li>
 * <li>threats, demands and appeals get the code their complement calls for ("threatened to strike" 138,
 * "vowed to attack" 138, "demand that US forces leave" 1056).</li>
 * </ol>
 *
 * <p>Confidence: a base by how the predicate was found (verb frame with constraints 0.80, plain verb frame
 * 0.70, support verb or event-noun subject 0.80, noun after an occurrence verb 0.70, weapon subject 0.75,
 * bare nominal trigger 0.55, threat or demand coded from its complement 0.75), times 0.85 when the verb
 * was repaired from a participle tagged as an adjective, plus 0.05 each for a found source and target,
 * capped at 0.95.
 */
public final class EventCoder implements Stage<CodedArticle, CodedArticle> {
    private static final Set<String> CLAUSAL = Set.of("xcomp", "ccomp", "advcl", "csubj", "acl", "obj", "obl",
            "nmod", "acl:relcl", "conj");
    /** Codes that say nothing about the weapon, so a weapon named in the next sentence may tell. */
    private static final Set<String> GENERIC_VIOLENCE = Set.of("180", "182", "1823", "190", "193");
    private static final Set<String> INSTRUMENT_TAGS = Set.of("ARTILLERY", "EXPLOSIVE", "GRENADE", "AIR", "SUICIDE",
            "CHEMICAL");

    private final Codebook codebook;
    private final PredicateLexicon predicates;
    private final ModeLexicon modes;
    private final FactualityJudge judge;
    private final ArgumentFinder arguments;

    public EventCoder(Codebook codebook, PredicateLexicon predicates, ModeLexicon modes,
                      FactualityLexicon factuality) {
        this.codebook = codebook;
        this.predicates = predicates;
        this.modes = modes;
        this.judge = new FactualityJudge(factuality);
        this.arguments = new ArgumentFinder(modes);
    }

    /** Reads the codebooks and lexicons from the classpath. */
    public static EventCoder load() {
        Codebook codebook = Codebook.load();
        return new EventCoder(codebook, PredicateLexicon.load(codebook.cameo()), ModeLexicon.load(codebook.cameo()),
                FactualityLexicon.load());
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public CodedArticle apply(CodedArticle input) {
        AnnotatedArticle annotated = input.annotated();
        String articleId = annotated.article().id();
        List<Event> events = new ArrayList<>();
        List<Sentence> sentences = annotated.sentences();
        List<Set<String>> manner = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            manner.add(sentence.size() == 0 ? Set.of() : mannerTags(new DependencyGraph(sentence), -1));
        }
        for (int k = 0; k < sentences.size(); k++) {
            Set<String> neighbours = new HashSet<>();
            if (k > 0) {
                neighbours.addAll(manner.get(k - 1));
            }
            if (k + 1 < sentences.size()) {
                neighbours.addAll(manner.get(k + 1));
            }
            for (Event e : code(sentences.get(k), neighbours)) {
                events.add(withId(e, articleId + "-e" + (events.size() + 1)));
            }
        }
        return input.withEvents(reconcileProtests(events));
    }

    private static final List<String> PROTEST_OUTCOMES = List.of("Violent demonstration",
            "Excessive force against protesters", "Protest with intervention");

    /**
     * ACLED codes a protest by how it went: a demonstration whose protesters turned violent is a violent
     * demonstration, one met with force an excessive-force or intervention event. A peaceful-protest event
     * takes the strongest such outcome asserted in its own or a neighbouring sentence.
     */
    private static List<Event> reconcileProtests(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int k = 0; k < out.size(); k++) {
            Event p = out.get(k);
            if (p.acled() == null || !p.acled().subEventType().equals("Peaceful protest")
                    || p.factuality() != Factuality.ASSERTED || p.anchor() == null) {
                continue;
            }
            AcledType best = null;
            int bestRank = PROTEST_OUTCOMES.size();
            for (Event q : events) {
                if (q == p || q.acled() == null || q.factuality() != Factuality.ASSERTED || q.anchor() == null
                        || Math.abs(q.anchor().sentence() - p.anchor().sentence()) > 1) {
                    continue;
                }
                int rank = PROTEST_OUTCOMES.indexOf(q.acled().subEventType());
                if (rank >= 0 && rank < bestRank) {
                    bestRank = rank;
                    best = q.acled();
                }
            }
            if (best != null) {
                out.set(k, new Event(p.id(), p.cameo(), p.cameoName(), p.quadClass(), p.goldstein(), p.plover(), best,
                        p.factuality(), p.source(), p.target(), p.date(), p.location(), p.fatalities(), p.evidence(),
                        p.confidence(), p.anchor()));
            }
        }
        return out;
    }

    public Codebook codebook() {
        return codebook;
    }

    /** How a predicate was found. */
    private enum Kind { VERB, LIGHT, OCCUR, MERGED, INSTRUMENT, NOUN, COMPLEMENT }

    /**
     * A predicate found in a sentence.
     *
     * @param head     the clause's predicate token: the verb, or the noun for a bare nominal trigger
     * @param noun     the nominal trigger token, or -1
     * @param modifier the noun's modifier that is part of the trigger ("car" in "car bombing"), or -1
     * @param repaired the verb was tagged as an adjective
     */
    private record Candidate(int head, int noun, int modifier, String cameo, Kind kind, double base,
                             boolean repaired, int complement) {
        int order() {
            return noun >= 0 ? Math.min(head, noun) : head;
        }

        Candidate withCode(String code, Kind newKind, double newBase, int comp) {
            return new Candidate(head, noun, modifier, code, newKind, newBase, repaired, comp);
        }
    }

    /** Codes one sentence on its own. Event ids are left as "?"; {@link #apply} numbers them per article. */
    public List<Event> code(Sentence sentence) {
        return code(sentence, Set.of());
    }

    /**
     * Codes one sentence; {@code neighbourManner} are the manner cues of the sentences around it, consulted
     * last for the ACLED sub-event ("Synchronised attacks were launched. ... mostly using grenades").
     */
    List<Event> code(Sentence sentence, Set<String> neighbourManner) {
        if (sentence.size() == 0) {
            return List.of();
        }
        DependencyGraph g = new DependencyGraph(sentence);
        List<Candidate> found = findPredicates(g);
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> wideManner = mannerTags(g, -1);
        Set<String> sentenceCues = sentenceTags(g);
        List<Event> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add(toEvent(g, c, found, wideManner, sentenceCues, neighbourManner));
        }
        return out;
    }

    // ------------------------------------------------------------------ finding predicates

    private List<Candidate> findPredicates(DependencyGraph g) {
        boolean[] used = new boolean[g.size];
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < g.size; i++) {
            String lemma = verbLemma(g, i);
            if (lemma == null) {
                continue;
            }
            boolean repaired = !g.isVerb(i);
            if (!repaired && isModifierParticiple(g, i)) {
                continue;
            }
            Candidate support = supportCandidate(g, i, lemma, repaired);
            if (support != null) {
                found.add(support);
                used[i] = true;
                used[support.noun()] = true;
                continue;
            }
            PredicateLexicon.VerbFrame frame = bestFrame(g, i, lemma);
            if (frame == null) {
                continue;
            }
            used[i] = true;
            if (causedByDisaster(g, i, frame.cameo())) {
                continue; // "floods hit parts of Japan", "the tsunami killed 222 people": no political event
            }
            double base = frame.specificity() > 0 ? 0.80 : 0.70;
            Candidate merged = mergeWithSubject(g, i, frame, repaired);
            if (merged != null) {
                found.add(merged);
                if (merged.noun() >= 0) {
                    used[merged.noun()] = true;
                }
                continue;
            }
            found.add(new Candidate(i, -1, -1, frame.cameo(), Kind.VERB, base, repaired, -1));
        }
        for (int i = 0; i < g.size; i++) {
            if (used[i] || !g.isNoun(i) || g.rel[i].equals("compound")) {
                continue;
            }
            int[] modifier = new int[] {-1};
            PredicateLexicon.NounTrigger t = nounTrigger(g, i, modifier);
            if (t == null) {
                continue;
            }
            if (isObjectOfSameEvent(g, i, t.cameo(), found)) {
                continue;
            }
            found.add(new Candidate(i, i, modifier[0], t.cameo(), Kind.NOUN, 0.55, false, -1));
        }
        found = applyComplements(g, found);
        found.sort(Comparator.comparingInt(Candidate::order));
        return found;
    }

    /**
     * A participle that only modifies a noun: "the occupying army", "continuing attacks", and "airstrike
     * targeting X" where the noun is itself the event.
     */
    private boolean isModifierParticiple(DependencyGraph g, int i) {
        String rel = g.rel[i];
        if (rel.equals("amod")) {
            return true;
        }
        if (rel.equals("acl") && g.pos[i].equals("VBG") && g.head[i] >= 0) {
            return predicates.isNounHead(g.lemma[g.head[i]]) && nounTrigger(g, g.head[i], new int[] {-1}) != null;
        }
        return false;
    }

    /** The verb lemma of a token, repairing a past participle tagged as an adjective; null if not a verb. */
    private String verbLemma(DependencyGraph g, int i) {
        if (g.isVerb(i)) {
            return g.lemma[i];
        }
        if (!g.pos[i].startsWith("JJ") || !g.word[i].endsWith("ed") || i == 0) {
            return null;
        }
        // "the US assassinated Soleimani" parsed with "assassinated" as an adjective: only when a noun or
        // pronoun precedes (a subject), not after a determiner ("the assassinated general")
        String prev = g.pos[i - 1];
        if (!(prev.startsWith("NN") || prev.startsWith("PRP"))) {
            return null;
        }
        String w = g.word[i];
        String[] candidates = {w.substring(0, w.length() - 2), w.substring(0, w.length() - 1),
                w.length() > 4 && w.charAt(w.length() - 3) == w.charAt(w.length() - 4)
                        ? w.substring(0, w.length() - 3) : null,
                w.endsWith("ied") ? w.substring(0, w.length() - 3) + "y" : null};
        for (String c : candidates) {
            if (c != null && predicates.isVerb(c)) {
                return c;
            }
        }
        return null;
    }

    private Candidate supportCandidate(DependencyGraph g, int verb, String lemma, boolean repaired) {
        for (PredicateLexicon.SupportVerb sv : predicates.supportVerbs(lemma)) {
            if (sv.particle() != null && !g.hasParticle(verb, sv.particle())) {
                continue;
            }
            int noun = supportedNoun(g, verb, sv.position());
            if (noun < 0) {
                continue;
            }
            int[] modifier = new int[] {-1};
            PredicateLexicon.NounTrigger t = nounTrigger(g, noun, modifier);
            if (t == null) {
                continue;
            }
            Kind kind = sv.kind().equals("LIGHT") ? Kind.LIGHT : Kind.OCCUR;
            return new Candidate(verb, noun, modifier[0], t.cameo(), kind, kind == Kind.LIGHT ? 0.80 : 0.70,
                    repaired, -1);
        }
        return null;
    }

    private static int supportedNoun(DependencyGraph g, int verb, String position) {
        boolean passive = g.isPassive(verb);
        for (int c : g.children(verb)) {
            String rel = g.rel[c];
            switch (position) {
                case "obj":
                    if (rel.equals("obj") || passive && rel.equals("nsubj:pass")) {
                        return c;
                    }
                    break;
                case "nsubj":
                    if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
                        return c;
                    }
                    break;
                default:
                    if (position.startsWith("obl:") && g.baseRel(c).equals("obl")
                            && g.preposition(c).equals(position.substring(4))) {
                        return c;
                    }
            }
        }
        return -1;
    }

    /** The nominal trigger at a noun, with the modifier token that completes a two-word trigger. */
    private PredicateLexicon.NounTrigger nounTrigger(DependencyGraph g, int noun, int[] modifierOut) {
        if (!predicates.isNounHead(g.lemma[noun])) {
            return null;
        }
        List<String> mods = new ArrayList<>(2);
        List<Integer> modTokens = new ArrayList<>(2);
        for (int c : g.children(noun)) {
            if (g.rel[c].equals("compound") || g.rel[c].equals("amod")) {
                mods.add(g.lemma[c]);
                modTokens.add(c);
            }
        }
        PredicateLexicon.NounTrigger t = predicates.noun(g.lemma[noun], mods);
        if (t != null && t.modifier() != null) {
            modifierOut[0] = modTokens.get(mods.indexOf(t.modifier()));
        }
        return t;
    }

    private PredicateLexicon.VerbFrame bestFrame(DependencyGraph g, int verb, String lemma) {
        List<PredicateLexicon.VerbFrame> frames = predicates.verbFrames(lemma);
        if (frames.isEmpty()) {
            return null;
        }
        int patient = -2;
        int agent = -2;
        for (PredicateLexicon.VerbFrame f : frames) {
            if (f.particle() != null && !g.hasParticle(verb, f.particle())) {
                continue;
            }
            if (f.preposition() != null && !hasOblique(g, verb, f.preposition())) {
                continue;
            }
            if (f.objects() != null || f.objectClass() != null || f.intransitive()) {
                if (patient == -2) {
                    patient = arguments.patient(g, verb);
                }
                if (f.intransitive() && patient >= 0) {
                    continue;
                }
                if (f.objects() != null && (patient < 0 || !f.objects().contains(g.lemma[patient]))) {
                    continue;
                }
                if (f.objectClass() != null && (patient < 0 || !inClassOrConjunct(g, patient, f.objectClass()))) {
                    continue;
                }
            }
            if (f.subjectClass() != null) {
                if (agent == -2) {
                    agent = arguments.agent(g, verb);
                }
                if (agent < 0 || !inClass(g, agent, f.subjectClass())) {
                    continue;
                }
            }
            return f;
        }
        return null;
    }

    private static boolean hasOblique(DependencyGraph g, int verb, String preposition) {
        for (int c : g.children(verb)) {
            String base = g.baseRel(c);
            if ((base.equals("obl") || base.equals("nmod") || base.equals("xcomp") || base.equals("advcl"))
                    && (g.preposition(c).equals(preposition) || g.mark(c).equals(preposition))) {
                return true;
            }
        }
        return false;
    }

    private boolean inClassOrConjunct(DependencyGraph g, int i, String cls) {
        if (inClass(g, i, cls)) {
            return true;
        }
        for (int c : g.children(i)) {
            if (g.rel[c].equals("conj") && inClass(g, c, cls)) {
                return true; // "expel US and other foreign forces"
            }
        }
        return false;
    }

    /** Whether a word belongs to a class of lexicon/modes.tsv (class or actor kind); PLACE also by NER. */
    private boolean inClass(DependencyGraph g, int i, String cls) {
        String lemma = g.lemma[i];
        if (hasTag(modes.single("class", lemma), cls) || hasTag(modes.single("actor", lemma), cls)) {
            return true;
        }
        if (isPluralTaggedAsName(g, i)) {
            String singular = singular(lemma); // "Forces/NNPS" is its own lemma
            if (hasTag(modes.single("class", singular), cls) || hasTag(modes.single("actor", singular), cls)) {
                return true;
            }
        }
        if (cls.equals("PLACE") || cls.equals("STATE")) {
            String ner = g.sentence.token(i).ner();
            if (ner != null && (ner.equals("CITY") || ner.equals("LOCATION") || ner.equals("STATE_OR_PROVINCE")
                    || ner.equals("COUNTRY"))) {
                return cls.equals("PLACE") || ner.equals("COUNTRY");
            }
        }
        return false;
    }

    /** A capitalised plural the tagger took for a name, whose lemma is the word itself: "Rockets", "Forces". */
    private static boolean isPluralTaggedAsName(DependencyGraph g, int i) {
        String lemma = g.lemma[i];
        return lemma.length() > 3 && lemma.endsWith("s") && g.pos[i].startsWith("NNP");
    }

    private static String singular(String plural) {
        return plural.substring(0, plural.length() - 1);
    }

    private static boolean hasTag(ModeLexicon.Entry e, String tag) {
        return e != null && e.tags().contains(tag);
    }

    /** "a car bombing killed", "rockets hit": one event coded by the subject noun or the weapon. */
    private Candidate mergeWithSubject(DependencyGraph g, int verb, PredicateLexicon.VerbFrame frame,
                                       boolean repaired) {
        String root = frame.cameo().substring(0, 2);
        boolean violentEffect = root.equals("18") || root.equals("19") || root.equals("20")
                || frame.cameo().startsWith("171");
        if (!violentEffect) {
            return null;
        }
        if (g.isPassive(verb)) {
            // "five people were killed in an airstrike", "was damaged in the attack"
            for (int c : g.children(verb)) {
                String base = g.baseRel(c);
                String prep = g.preposition(c);
                if ((base.equals("obl") || base.equals("nmod")) && (prep.equals("in") || prep.equals("by")
                        || prep.equals("during"))) {
                    int[] modifier = new int[] {-1};
                    PredicateLexicon.NounTrigger t = nounTrigger(g, c, modifier);
                    if (t != null && isViolentCode(t.cameo())) {
                        return new Candidate(verb, c, modifier[0], moreSpecific(t.cameo(), frame.cameo()), Kind.MERGED,
                                0.80, repaired, -1);
                    }
                }
            }
            return null;
        }
        int subject = g.child(verb, "nsubj");
        if (subject < 0) {
            return null;
        }
        int[] modifier = new int[] {-1};
        PredicateLexicon.NounTrigger t = nounTrigger(g, subject, modifier);
        if (t != null) {
            String code = moreSpecific(t.cameo(), frame.cameo());
            return new Candidate(verb, subject, modifier[0], code, Kind.MERGED, 0.80, repaired, -1);
        }
        ModeLexicon.Entry instrument = mannerEntry(g, subject);
        if (instrument != null && instrument.cameo() != null) {
            String code = moreSpecific(instrument.cameo(), frame.cameo());
            return new Candidate(verb, -1, -1, code, Kind.INSTRUMENT, 0.75, repaired, -1);
        }
        return null;
    }

    /** Whether harm is done by a natural or accidental cause named as its subject, agent or cause. */
    private boolean causedByDisaster(DependencyGraph g, int verb, String cameo) {
        if (!isViolentCode(cameo) && !cameo.startsWith("171")) {
            return false;
        }
        for (int c : g.children(verb)) {
            String rel = g.rel[c];
            String base = g.baseRel(c);
            boolean cause = rel.equals("nsubj") || rel.equals("obl:agent")
                    || (base.equals("obl") || base.equals("nmod")) && (g.preposition(c).equals("by")
                    || g.preposition(c).equals("in") || g.preposition(c).equals("after")
                    || g.preposition(c).equals("from") || g.preposition(c).equals("during"));
            if (cause && (inClass(g, c, "DISASTER") || conjunctInClass(g, c, "DISASTER"))) {
                return true;
            }
        }
        return false;
    }

    private boolean conjunctInClass(DependencyGraph g, int i, String cls) {
        for (int c : g.children(i)) {
            if (g.rel[c].equals("conj") && inClass(g, c, cls)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isViolentCode(String cameo) {
        return cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20");
    }

    /** Of a subject noun's code and its verb's, the noun's unless the verb is a more specific kind of act. */
    private static String moreSpecific(String nounCode, String verbCode) {
        if (nounCode.startsWith("14") || nounCode.startsWith("0")) {
            return verbCode; // "protests turned deadly" is no protest code for the killing
        }
        return nounCode;
    }

    /** Drops a bare noun that is the object of a verb event of the same root ("fought a battle"). */
    private static boolean isObjectOfSameEvent(DependencyGraph g, int noun, String code, List<Candidate> found) {
        int gov = g.head[noun];
        if (gov < 0 || !g.rel[noun].equals("obj")) {
            return false;
        }
        for (Candidate c : found) {
            if (c.head() == gov && c.cameo().substring(0, 2).equals(code.substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** Threats, demands, appeals and intentions coded by what they are about. */
    private List<Candidate> applyComplements(DependencyGraph g, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found);
        for (int gov = 0; gov < g.size; gov++) {
            List<PredicateLexicon.ComplementRule> rules = predicates.complementRules(g.lemma[gov]);
            if (rules.isEmpty()) {
                continue;
            }
            int existing = -1;
            for (int k = 0; k < out.size(); k++) {
                Candidate c = out.get(k);
                if (c.head() == gov || c.noun() == gov) {
                    existing = k;
                    break;
                }
            }
            Candidate complement = complementOf(g, gov, out);
            if (complement == null) {
                continue;
            }
            for (PredicateLexicon.ComplementRule r : rules) {
                boolean isDefault = r.prefix().equals("-");
                if (!isDefault && !complement.cameo().startsWith(r.prefix())) {
                    continue;
                }
                if (existing >= 0) {
                    Candidate c = out.get(existing);
                    out.set(existing, c.withCode(r.cameo(), c.kind() == Kind.NOUN ? Kind.NOUN : Kind.COMPLEMENT,
                            Math.max(c.base(), 0.75), complement.order()));
                } else if (!isDefault) {
                    boolean noun = g.isNoun(gov);
                    out.add(new Candidate(gov, noun ? gov : -1, -1, r.cameo(), Kind.COMPLEMENT, 0.75, false,
                            complement.order()));
                }
                break;
            }
        }
        return out;
    }

    /** The event candidate a governor takes as complement or object, or null. */
    private static Candidate complementOf(DependencyGraph g, int gov, List<Candidate> found) {
        Candidate best = null;
        for (Candidate c : found) {
            int node = c.noun() >= 0 && c.kind() != Kind.NOUN ? c.head() : c.order();
            int[] tokens = c.noun() >= 0 ? new int[] {c.head(), c.noun()} : new int[] {c.head()};
            for (int t : tokens) {
                if (t != gov && g.head[t] == gov && CLAUSAL.contains(g.rel[t].equals("acl:relcl") ? "acl:relcl"
                        : g.baseRel(t)) && !g.baseRel(t).equals("conj")) {
                    if (best == null || node < best.order()) {
                        best = c;
                    }
                }
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ building events

    private Event toEvent(DependencyGraph g, Candidate c, List<Candidate> all, Set<String> wideManner,
                          Set<String> sentenceCues, Set<String> neighbourManner) {
        int[] roles = roles(g, c, all);
        int source = roles[0];
        int target = roles[1];
        CameoCode code = codebook.cameo().get(c.cameo());
        FactualityJudge.Verdict verdict = judge.judge(g, c.noun() >= 0 && c.kind() == Kind.NOUN ? c.noun()
                : c.head(), c.head());
        if (c.noun() >= 0 && c.kind() != Kind.NOUN && verdict.factuality() == Factuality.ASSERTED) {
            FactualityJudge.Verdict onNoun = judge.judge(g, c.noun(), c.noun());
            if (onNoun.factuality() == Factuality.NEGATED && onNoun.cue() != null) {
                verdict = onNoun; // "carried out no attacks"
            }
        }
        Integer fatalities = fatalities(g, c, target);
        Set<String> near = mannerTags(g, clauseRoot(g, c.noun() >= 0 && c.kind() == Kind.NOUN ? c.noun() : c.head()));
        if (c.kind() == Kind.COMPLEMENT) {
            near = Set.of();
        }
        Set<String> cues = new LinkedHashSet<>(near);
        cues.addAll(sentenceCues);
        addActorTags(g, source, "SOURCE_", cues);
        addActorTags(g, target, "TARGET_", cues);
        int patient = c.kind() == Kind.NOUN || c.kind() == Kind.OCCUR ? target : arguments.patient(g, c.head());
        addObjectClassTags(g, patient >= 0 ? patient : target, cues);
        if (fatalities != null && fatalities > 0) {
            cues.add("LETHAL");
        }
        AcledType acled = acledType(c.cameo(), cues, wideManner, neighbourManner);
        Argument sourceArg = source >= 0 ? clip(arguments.argument(g, g.sentence.index(), source), g, c, true) : null;
        Argument targetArg = target >= 0 ? clip(arguments.argument(g, g.sentence.index(), target), g, c, false) : null;
        Actor sourceActor = sourceArg == null || arguments.isUnknown(g, source) ? null
                : Actor.unresolved(sourceArg.text());
        Actor targetActor = targetArg == null ? null : Actor.unresolved(targetArg.text());
        double confidence = c.base() * (c.repaired() ? 0.85 : 1.0) + (source >= 0 ? 0.05 : 0) + (target >= 0 ? 0.05
                : 0);
        confidence = Math.min(0.95, Math.round(confidence * 100) / 100.0);
        Sentence s = g.sentence;
        Evidence evidence = new Evidence(s.text(), s.start(), s.end(), triggerText(g, c));
        EventAnchor anchor = new EventAnchor(s.index(), c.head(), sourceArg, targetArg);
        return new Event("?", code.code(), code.name(), code.quadClass(), code.goldstein(),
                codebook.plover().typeOf(code.code()), acled, verdict.factuality(), sourceActor, targetActor,
                null, null, fatalities, evidence, confidence, anchor);
    }

    /** Source and target token heads for a candidate, -1 when absent. */
    private int[] roles(DependencyGraph g, Candidate c, List<Candidate> all) {
        int source;
        int target;
        boolean fight = c.cameo().startsWith("19");
        switch (c.kind()) {
            case NOUN:
                source = arguments.nounAgent(g, c.noun(), c.modifier());
                target = arguments.nounTarget(g, c.noun(), ofTakesTarget(c.cameo()));
                break;
            case OCCUR:
                source = arguments.nounAgent(g, c.noun(), c.modifier());
                target = arguments.nounTarget(g, c.noun(), ofTakesTarget(c.cameo()));
                break;
            case LIGHT:
                source = arguments.agent(g, c.head());
                if (source < 0) {
                    source = arguments.nounAgent(g, c.noun(), c.modifier());
                }
                target = arguments.nounTarget(g, c.noun(), ofTakesTarget(c.cameo()));
                if (target < 0) {
                    target = arguments.obliqueTarget(g, c.head(), false);
                }
                break;
            case MERGED:
                source = arguments.nounAgent(g, c.noun(), c.modifier());
                target = arguments.patient(g, c.head());
                if (target < 0) {
                    target = arguments.obliqueTarget(g, c.head(), fight);
                }
                break;
            case INSTRUMENT: {
                int weapon = g.child(c.head(), "nsubj");
                source = weapon >= 0 ? arguments.nounAgent(g, weapon, -1) : -1;
                target = arguments.patient(g, c.head());
                if (target < 0) {
                    target = arguments.obliqueTarget(g, c.head(), false);
                }
                break;
            }
            default: {
                source = arguments.agent(g, c.head());
                target = arguments.patient(g, c.head());
                if (target >= 0 && isInstrument(g, target)) {
                    target = arguments.obliqueTarget(g, c.head(), false);
                } else if (target < 0 || c.kind() == Kind.COMPLEMENT && isComplementToken(g, target, c)) {
                    target = arguments.obliqueTarget(g, c.head(), fight);
                }
                if (c.kind() == Kind.COMPLEMENT && target < 0) {
                    target = complementTarget(g, c, all);
                }
                if (c.noun() >= 0 && c.noun() == c.head()) {
                    source = arguments.nounAgent(g, c.noun(), -1); // "Kataib Hezbollah's demand that ..."
                }
            }
        }
        if (c.repaired() && c.kind() == Kind.VERB) {
            // an adjective-tagged verb: the noun before it is the subject, the noun it modifies the object
            source = c.head() > 0 && (g.isNoun(c.head() - 1) || g.pos[c.head() - 1].startsWith("PRP"))
                    ? c.head() - 1 : -1;
            int gov = g.head[c.head()];
            target = gov > c.head() && g.isNoun(gov) ? gov : target;
        }
        if (source >= 0 && isTimeWord(g, source)) {
            source = -1; // "the fourth consecutive day of operations targeting ..."
        }
        if (source >= 0 && source == target) {
            target = -1;
        }
        return new int[] {source, target};
    }

    /** Keeps a repaired verb's arguments on their side of it: the subject before, the object after. */
    private static Argument clip(Argument a, DependencyGraph g, Candidate c, boolean before) {
        if (!c.repaired()) {
            return a;
        }
        int t = c.head();
        int start = a.start();
        int end = a.end();
        if (before && end > t && a.head() < t) {
            end = t;
        } else if (!before && start <= t && a.head() > t) {
            start = t + 1;
            while (start < a.head() && (g.pos[start].equals("IN") || g.rel[start].equals("punct"))) {
                start++;
            }
        } else {
            return a;
        }
        return new Argument(a.sentence(), a.head(), start, end, g.text(start, end));
    }

    private static boolean isTimeWord(DependencyGraph g, int i) {
        String ner = g.sentence.token(i).ner();
        return "DATE".equals(ner) || "DURATION".equals(ner) || "TIME".equals(ner) || "SET".equals(ner);
    }

    private static boolean ofTakesTarget(String cameo) {
        return cameo.startsWith("18") || cameo.startsWith("17") || cameo.startsWith("20");
    }

    private static boolean isComplementToken(DependencyGraph g, int token, Candidate c) {
        return c.complement() >= 0 && (token == c.complement() || g.dominates(token, c.complement()));
    }

    /**
     * The target of a threat, demand or appeal from the event it is about: for a threat, whom the threatened
     * act would hit ("threatened to attack US forces"); for a demand or appeal, who is asked to act ("demand
     * that US forces leave"), else what the act concerns.
     */
    private int complementTarget(DependencyGraph g, Candidate gov, List<Candidate> all) {
        boolean asks = gov.cameo().startsWith("10") || gov.cameo().startsWith("02");
        for (Candidate c : all) {
            if (c.order() == gov.complement() && c != gov) {
                int agent = arguments.agent(g, c.head());
                int govAgent = g.isNoun(gov.head()) ? arguments.nounAgent(g, gov.head(), -1)
                        : arguments.agent(g, gov.head());
                if (asks && agent >= 0 && agent != govAgent) {
                    return agent;
                }
                int t = arguments.patient(g, c.head());
                if (t >= 0 && !isInstrument(g, t)) {
                    return t;
                }
                return -1;
            }
        }
        return -1;
    }

    private boolean isInstrument(DependencyGraph g, int i) {
        ModeLexicon.Entry e = mannerEntry(g, i);
        if (e != null) {
            for (String tag : e.tags()) {
                if (INSTRUMENT_TAGS.contains(tag) || tag.equals("WEAPON") || tag.equals("RIOTCONTROL")) {
                    return true;
                }
            }
        }
        ModeLexicon.Entry cls = modes.single("class", g.lemma[i]);
        return cls != null && cls.tags().contains("WEAPON");
    }

    private Integer fatalities(DependencyGraph g, Candidate c, int target) {
        if (FatalityReader.KILLING_CODES.contains(c.cameo()) || g.isVerb(c.head()) && isKillingVerb(g.lemma[c.head()])) {
            Integer n = FatalityReader.count(g, target);
            if (n != null) {
                return n;
            }
        }
        if (!c.cameo().startsWith("18") && !c.cameo().startsWith("19") && !c.cameo().startsWith("20")) {
            return null;
        }
        // "launched an air strike, killing 5": a killing clause attached to the event's clause
        for (int k : g.children(c.head())) {
            String base = g.baseRel(k);
            if ((base.equals("advcl") || base.equals("xcomp") || base.equals("conj") || base.equals("ccomp"))
                    && g.isVerb(k)) {
                if (isKillingVerb(g.lemma[k])) {
                    Integer n = FatalityReader.count(g, arguments.patient(g, k));
                    if (n != null) {
                        return n;
                    }
                }
            }
        }
        return null;
    }

    private boolean isKillingVerb(String lemma) {
        for (PredicateLexicon.VerbFrame f : predicates.verbFrames(lemma)) {
            if (FatalityReader.KILLING_CODES.contains(f.cameo())) {
                return true;
            }
        }
        return false;
    }

    private AcledType acledType(String cameo, Set<String> near, Set<String> wide, Set<String> neighbours) {
        AcledMapping mapping = codebook.acled();
        AcledMapping.Rule r = mapping.conditionedRule(cameo, near);
        if (r == null) {
            r = mapping.conditionedRule(cameo, wide);
        }
        if (r == null && GENERIC_VIOLENCE.contains(cameo) && !neighbours.isEmpty()) {
            Set<String> weapons = new HashSet<>(neighbours);
            weapons.retainAll(INSTRUMENT_TAGS);
            r = mapping.conditionedRule(cameo, weapons);
        }
        if (r == null) {
            r = mapping.plainRule(cameo);
        }
        return r == null ? null : r.type();
    }

    /** Climbs from a participle or conjunct to the clause it belongs to: "launched a strike, killing 5". */
    private static int clauseRoot(DependencyGraph g, int head) {
        int h = head;
        for (int hop = 0; hop < 3; hop++) {
            String rel = g.rel[h];
            int gov = g.head[h];
            if (gov < 0) {
                break;
            }
            boolean participle = (rel.equals("advcl") || rel.equals("xcomp")) && (g.pos[h].equals("VBG")
                    || g.pos[h].equals("VBN")) && g.mark(h).isEmpty();
            if (!participle && !rel.equals("conj")) {
                break;
            }
            h = gov;
        }
        return h;
    }

    private void addActorTags(DependencyGraph g, int head, String prefix, Set<String> out) {
        if (head < 0) {
            return;
        }
        addActorTagsOf(g, head, prefix, out);
        for (int c : g.children(head)) {
            String rel = g.rel[c];
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("conj")
                    || g.baseRel(c).equals("nmod") && g.preposition(c).equals("of") && g.isNumber(head)
                    || g.baseRel(c).equals("nmod") && g.preposition(c).equals("of") && isQuantity(g, head)) {
                addActorTagsOf(g, c, prefix, out);
            }
        }
    }

    /** Word classes of the patient and of its "of" phrase ("a stash of projectiles"): WEAPON, PROTEST. */
    private void addObjectClassTags(DependencyGraph g, int head, Set<String> out) {
        if (head < 0) {
            return;
        }
        addClassTags(g, head, out);
        for (int c : g.children(head)) {
            if ((g.baseRel(c).equals("nmod") && g.preposition(c).equals("of")) || g.rel[c].equals("conj")
                    || g.rel[c].equals("compound")) {
                addClassTags(g, c, out);
            }
        }
    }

    private void addClassTags(DependencyGraph g, int i, Set<String> out) {
        ModeLexicon.Entry e = modes.single("class", g.lemma[i]);
        if (e != null) {
            for (String tag : e.tags()) {
                if (tag.equals("WEAPON")) {
                    out.add(tag);
                } else if (tag.equals("PROTEST")) {
                    out.add("TARGET_PROTESTER");
                }
            }
        }
    }

    /** "dozens of soldiers", "scores of civilians": the head only counts. */
    private static boolean isQuantity(DependencyGraph g, int head) {
        String l = g.lemma[head];
        return l.equals("dozen") || l.equals("dozens") || l.equals("score") || l.equals("scores") || l.equals("ten")
                || l.equals("tens") || l.equals("hundred") || l.equals("hundreds") || l.equals("thousand")
                || l.equals("thousands") || l.equals("number") || l.equals("group") || l.equals("some")
                || l.equals("many") || l.equals("several") || l.equals("most") || l.equals("all");
    }

    /** Cues counted anywhere in the sentence (lexicon/modes.tsv kind "sentence"). */
    private Set<String> sentenceTags(DependencyGraph g) {
        Set<String> out = null;
        for (int i = 0; i < g.size; i++) {
            ModeLexicon.Entry e = modes.single("sentence", g.lemma[i]);
            if (e != null) {
                if (out == null) {
                    out = new HashSet<>();
                }
                out.addAll(e.tags());
            }
        }
        return out == null ? Set.of() : out;
    }

    private void addActorTagsOf(DependencyGraph g, int i, String prefix, Set<String> out) {
        ModeLexicon.Entry e = modes.single("actor", g.lemma[i]);
        if (e != null) {
            for (String tag : e.tags()) {
                out.add(prefix + tag);
            }
        }
    }

    /** Manner cue of one token, two-word terms first. */
    private ModeLexicon.Entry mannerEntry(DependencyGraph g, int i) {
        List<String> mods = List.of();
        for (int c : g.children(i)) {
            if (g.rel[c].equals("compound") || g.rel[c].equals("amod")) {
                if (mods.isEmpty()) {
                    mods = new ArrayList<>(2);
                }
                mods.add(g.lemma[c]);
            }
        }
        ModeLexicon.Entry e = modes.lookup("manner", g.lemma[i], mods);
        if (e == null && !g.word[i].equals(g.lemma[i])) {
            e = modes.lookup("manner", g.word[i], mods);
        }
        if (e == null && isPluralTaggedAsName(g, i)) {
            e = modes.lookup("manner", singular(g.lemma[i]), mods); // "Rockets/NNPS" keeps its plural lemma
        }
        return e;
    }

    /**
     * Manner tags in the subtree of {@code head} (not descending into reported clauses), or in the whole
     * sentence for head -1. A two-word term such as "tear gas" hides its modifier's and head's own tags.
     */
    private Set<String> mannerTags(DependencyGraph g, int head) {
        Set<String> out = new HashSet<>();
        if (head < 0) {
            for (int i = 0; i < g.size; i++) {
                addManner(g, i, out);
            }
            return out;
        }
        int[] stack = new int[g.size + 1];
        int top = 0;
        stack[top++] = head;
        boolean[] seen = new boolean[g.size];
        while (top > 0) {
            int t = stack[--top];
            if (seen[t]) {
                continue;
            }
            seen[t] = true;
            addManner(g, t, out);
            for (int c : g.children(t)) {
                String base = g.baseRel(c);
                if (!base.equals("ccomp") && !base.equals("parataxis") && !g.rel[c].equals("acl:relcl") && top < stack.length) {
                    stack[top++] = c;
                }
            }
        }
        return out;
    }

    private void addManner(DependencyGraph g, int i, Set<String> out) {
        if (g.rel[i].equals("compound") || g.rel[i].equals("amod")) {
            int h = g.head[i];
            if (h >= 0) {
                ModeLexicon.Entry headEntry = mannerEntry(g, h);
                if (headEntry != null && headEntry.term().indexOf(' ') > 0) {
                    return; // part of a two-word term counted at its head
                }
            }
        }
        ModeLexicon.Entry e = mannerEntry(g, i);
        if (e != null) {
            out.addAll(e.tags());
        }
    }

    private static String triggerText(DependencyGraph g, Candidate c) {
        int from = c.head();
        int to = c.head();
        if (c.noun() >= 0) {
            from = Math.min(from, c.noun());
            to = Math.max(to, c.noun());
        }
        if (c.modifier() >= 0) {
            from = Math.min(from, c.modifier());
            to = Math.max(to, c.modifier());
        }
        for (int k : g.children(c.head())) {
            if (g.rel[k].equals("compound:prt") && k > to && k - to <= 2) {
                to = k;
            }
        }
        if (to - from > 5) {
            return c.noun() >= 0 ? g.sentence.token(c.head()).word() + " ... " + g.sentence.token(c.noun()).word()
                    : g.sentence.token(c.head()).word();
        }
        return g.text(from, to + 1);
    }

    private static Event withId(Event e, String id) {
        return new Event(id, e.cameo(), e.cameoName(), e.quadClass(), e.goldstein(), e.plover(), e.acled(),
                e.factuality(), e.source(), e.target(), e.date(), e.location(), e.fatalities(), e.evidence(),
                e.confidence(), e.anchor());
    }
}
