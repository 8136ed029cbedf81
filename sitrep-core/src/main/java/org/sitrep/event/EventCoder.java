package org.sitrep.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotation.Relations;
import org.sitrep.model.Actor;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.codebook.CameoCode;
import org.sitrep.codebook.Codebook;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Stage;
import org.sitrep.model.Event;
import org.sitrep.model.Argument;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventAnchor;
import org.sitrep.pipeline.Provision;

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
 * <li>verb frames from {@code knowledge/events/verbs.tsv}; a violent verb whose subject is an event noun ("a car
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
    private final Codebook codebook;
    private final PredicateLexicon predicates;
    private final FactualityJudge judge;
    private final ArgumentFinder arguments;
    private final WordClasses words;
    private final PredicateFinder finder;
    private final AcledTyper typer;
    private final EventReconciler reconciler;
    private final EventFatalities fatalityCounter;

    public EventCoder(Codebook codebook, PredicateLexicon predicates, ModeLexicon modes,
                      FactualityLexicon factuality) {
        this.codebook = codebook;
        this.predicates = predicates;
        this.judge = new FactualityJudge(factuality);
        this.arguments = new ArgumentFinder(modes, factuality);
        this.words = new WordClasses(modes);
        this.finder = new PredicateFinder(predicates, words, arguments);
        this.typer = new AcledTyper(codebook.acled(), words);
        this.reconciler = new EventReconciler(words);
        this.fatalityCounter = new EventFatalities(predicates, arguments);
    }

    /** Reads the codebooks and lexicons from the classpath. */
    public static EventCoder load() {
        Codebook codebook = Codebook.load();
        return new EventCoder(codebook, PredicateLexicon.load(codebook.cameo()), ModeLexicon.load(codebook.cameo()),
                FactualityLexicon.load());
    }

    @Override
    public Set<Provision> requires() {
        return Set.of(Provision.ANNOTATION);
    }

    @Override
    public Set<Provision> provides() {
        return Set.of(Provision.EVENTS);
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
        List<DependencyGraph> graphs = new ArrayList<>(sentences.size());
        List<Boolean> demonstration = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            DependencyGraph g = sentence.size() == 0 ? null : new DependencyGraph(sentence);
            graphs.add(g);
            manner.add(g == null ? Set.of() : words.mannerTags(g, -1));
            demonstration.add(g != null && words.sentenceTags(g).contains("DEMONSTRATION"));
        }
        for (int k = 0; k < sentences.size(); k++) {
            Set<String> neighbours = new HashSet<>();
            if (k > 0) {
                neighbours.addAll(manner.get(k - 1));
            }
            if (k + 1 < sentences.size()) {
                neighbours.addAll(manner.get(k + 1));
            }
            for (Event e : graphs.get(k) == null ? List.<Event>of() : code(graphs.get(k), neighbours)) {
                events.add(withId(e, articleId + "-e" + (events.size() + 1)));
            }
        }
        List<Event> protests = reconciler.reconcileProtests(events, manner, graphs);
        List<Event> mobs = EventReconciler.reconcileMobs(protests, demonstration);
        return input.withEvents(EventReconciler.reconcileTerritory(mobs));
    }

    public Codebook codebook() {
        return codebook;
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
        return sentence.size() == 0 ? List.of() : code(new DependencyGraph(sentence), neighbourManner);
    }

    private List<Event> code(DependencyGraph g, Set<String> neighbourManner) {
        List<PredicateCandidate> found = finder.findPredicates(g);
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> wideManner = words.mannerTags(g, -1);
        Set<String> sentenceCues = words.sentenceTags(g);
        List<Event> out = new ArrayList<>(found.size());
        for (PredicateCandidate c : found) {
            out.add(toEvent(g, c, found, wideManner, sentenceCues, neighbourManner));
        }
        return out;
    }

    // ------------------------------------------------------------------ building events
    private Event toEvent(DependencyGraph g, PredicateCandidate c, List<PredicateCandidate> all, Set<String> wideManner,
                          Set<String> sentenceCues, Set<String> neighbourManner) {
        int[] roles = roles(g, c, all);
        int source = roles[0];
        int target = roles[1];
        CameoCode code = codebook.cameo().get(c.cameo());
        FactualityJudge.Verdict verdict = judge.judge(g, c.noun() >= 0 && c.kind() == PredicateKind.NOUN ? c.noun()
                : c.head(), c.head());
        if (c.noun() >= 0 && c.kind() != PredicateKind.NOUN && verdict.factuality() == Factuality.ASSERTED) {
            FactualityJudge.Verdict onNoun = judge.judge(g, c.noun(), c.noun());
            if (onNoun.factuality() == Factuality.NEGATED && onNoun.cue() != null) {
                verdict = onNoun; // "carried out no attacks"
            }
        }
        Integer fatalities = fatalityCounter.count(g, c, target);
        // what was hit is no weapon used: "destroying several Apache helicopters"
        Set<String> near = words.mannerTags(g, AcledTyper.clauseRoot(g, c.noun() >= 0 && c.kind() == PredicateKind.NOUN
                ? c.noun() : c.head()), target);
        if (c.kind() == PredicateKind.COMPLEMENT) {
            near = Set.of();
        }
        Set<String> cues = new LinkedHashSet<>(near);
        cues.addAll(sentenceCues);
        typer.addActorTags(g, source, "SOURCE_", cues);
        typer.addActorTags(g, target, "TARGET_", cues);
        int patient = c.kind() == PredicateKind.NOUN || c.kind() == PredicateKind.OCCUR ? target : arguments.patient(g, c.head());
        typer.addObjectClassTags(g, patient >= 0 ? patient : target, cues);
        if (fatalities != null && fatalities > 0) {
            cues.add("LETHAL");
        }
        AcledType acled = typer.acledType(c.cameo(), cues, wideManner, neighbourManner);
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
    private int[] roles(DependencyGraph g, PredicateCandidate c, List<PredicateCandidate> all) {
        int source;
        int target;
        boolean fight = c.cameo().startsWith("19");
        switch (c.kind()) {
            case NOUN:
                source = arguments.nounAgent(g, c.noun(), c.modifier());
                target = arguments.nounTarget(g, c.noun(), ofTakesTarget(c.cameo()), withTakesTarget(c.cameo()));
                break;
            case OCCUR:
                source = arguments.nounAgent(g, c.noun(), c.modifier());
                target = arguments.nounTarget(g, c.noun(), ofTakesTarget(c.cameo()), withTakesTarget(c.cameo()));
                break;
            case LIGHT:
                source = arguments.agent(g, c.head());
                if (source < 0) {
                    source = arguments.nounAgent(g, c.noun(), c.modifier());
                }
                target = arguments.nounTarget(g, c.noun(), ofTakesTarget(c.cameo()), withTakesTarget(c.cameo()));
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
                int weapon = g.child(c.head(), Relations.NSUBJ);
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
                if (target >= 0 && isBorrowedObject(g, c.head(), target) && !PredicateFinder.isViolentCode(c.cameo())) {
                    target = -1; // "push the occupation to depart and implement the decision": not depart's object
                }
                if (target >= 0 && words.isInstrument(g, target)) {
                    target = arguments.obliqueTarget(g, c.head(), false);
                } else if (target < 0 || c.kind() == PredicateKind.COMPLEMENT && isComplementToken(g, target, c)) {
                    target = arguments.obliqueTarget(g, c.head(), fight);
                }
                if (c.kind() == PredicateKind.COMPLEMENT && target < 0) {
                    target = complementTarget(g, c, all);
                }
                if (c.noun() >= 0 && c.noun() == c.head()) {
                    source = arguments.nounAgent(g, c.noun(), -1); // "Kataib Hezbollah's demand that ..."
                }
            }
        }
        if (c.repaired() && c.kind() == PredicateKind.VERB) {
            // an adjective-tagged verb: the noun before it is the subject, the noun it modifies the object
            source = c.head() > 0 && (g.isNoun(c.head() - 1) || g.pos[c.head() - 1].startsWith("PRP"))
                    ? c.head() - 1 : -1;
            int gov = g.head[c.head()];
            target = gov > c.head() && g.isNoun(gov) ? gov : target;
        }
        if (source >= 0 && WordClasses.isTimeWord(g, source)) {
            source = -1; // "the fourth consecutive day of operations targeting ..."
        }
        if (target >= 0 && (WordClasses.isTimeWord(g, target) || words.inClass(g, target, "NONACTOR"))) {
            target = -1; // "met on Monday", "claimed responsibility"
        }
        if (target >= 0 && reciprocal(g, c) && g.preposition(target).equals("at")) {
            target = -1; // "held talks at the residence of X", "clashed at the border": the venue, not a party
        }
        if (target >= 0 && target == c.noun() && c.kind() != PredicateKind.VERB) {
            target = -1; // "agreed on a ceasefire": the event noun is what was agreed, not who
        }
        if (source >= 0 && (target < 0 || isEachOther(g, target) || words.inClass(g, target, "AGREEMENT"))
                && reciprocal(g, c)) {
            int other = otherParty(g, source);
            if (other >= 0) {
                target = other; // "Somalia and Ethiopia agreed", "the leaders of Thailand and Cambodia met"
            }
        }
        if (source >= 0 && source == target) {
            target = -1;
        }
        return new int[] {source, target};
    }

    /**
     * Whether the predicate is done by two parties to each other (a {@code RECIPROCAL} word of
     * {@code modes.tsv}: "agreed", "met", "signed", "clashed", "held talks"), so that a coordinated subject
     * names the source and the target.
     */
    private boolean reciprocal(DependencyGraph g, PredicateCandidate c) {
        return words.inClass(g, c.head(), "RECIPROCAL") || c.noun() >= 0 && words.inClass(g, c.noun(), "RECIPROCAL");
    }

    /** "each other", "one another": the parties of a reciprocal act, no target of its own. */
    private static boolean isEachOther(DependencyGraph g, int t) {
        if (!g.lemma[t].equals("other") && !g.lemma[t].equals("another")) {
            return false;
        }
        for (int c : g.children(t)) {
            if (g.lemma[c].equals("each") || g.lemma[c].equals("one")) {
                return true;
            }
        }
        return t > 0 && (g.lemma[t - 1].equals("each") || g.lemma[t - 1].equals("one"));
    }

    /**
     * The second party of a coordinated subject: the noun coordinated with it ("Somalia and Ethiopia"), or
     * with its "of" phrase ("the leaders of Thailand and Cambodia"); -1 when the subject is one party.
     */
    private static int otherParty(DependencyGraph g, int source) {
        int other = conjunct(g, source);
        if (other >= 0) {
            return other;
        }
        for (int c : g.children(source)) {
            if (g.baseRel(c).equals(Relations.NMOD) && g.preposition(c).equals("of")) {
                other = conjunct(g, c);
                if (other >= 0) {
                    return other;
                }
            }
        }
        return -1;
    }

    /**
     * The noun coordinated with {@code head} by "and": of several conjuncts the one carrying the
     * conjunction, since a name in commas parsed as a conjunct is an apposition ("Syria's president, Ahmed
     * al-Sharaa, and the commander of the SDF"); -1 when there is none.
     */
    private static int conjunct(DependencyGraph g, int head) {
        int last = -1;
        for (int c : g.children(head)) {
            if (g.rel[c].equals(Relations.CONJ) && g.isNoun(c)) {
                if (g.child(c, Relations.CC) >= 0) {
                    return c;
                }
                last = c;
            }
        }
        return last;
    }

    /** Keeps a repaired verb's arguments on their side of it: the subject before, the object after. */
    private static Argument clip(Argument a, DependencyGraph g, PredicateCandidate c, boolean before) {
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
            while (start < a.head() && (g.pos[start].equals("IN") || g.rel[start].equals(Relations.PUNCT))) {
                start++;
            }
        } else {
            return a;
        }
        return new Argument(a.sentence(), a.head(), start, end, g.text(start, end));
    }

    /** The object of a following coordinated verb ("attacked and injured X"), shared only by acts of violence. */
    private static boolean isBorrowedObject(DependencyGraph g, int verb, int target) {
        int gov = g.head[target];
        return gov != verb && gov >= 0 && g.rel[gov].equals(Relations.CONJ) && g.head[gov] == verb;
    }

    /**
     * Whether "with X" names the other party: talks, meetings and cooperation with someone ("held talks with
     * Abiy at State House": Abiy, not the venue).
     */
    private static boolean withTakesTarget(String cameo) {
        return cameo.startsWith("04") || cameo.startsWith("05") || cameo.startsWith("06");
    }

    private static boolean ofTakesTarget(String cameo) {
        return cameo.startsWith("18") || cameo.startsWith("17") || cameo.startsWith("20");
    }

    private static boolean isComplementToken(DependencyGraph g, int token, PredicateCandidate c) {
        return c.complement() >= 0 && (token == c.complement() || g.dominates(token, c.complement()));
    }

    /**
     * The target of a threat, demand or appeal from the event it is about: for a threat, whom the threatened
     * act would hit ("threatened to attack US forces"); for a demand or appeal, who is asked to act ("demand
     * that US forces leave"), else what the act concerns.
     */
    private int complementTarget(DependencyGraph g, PredicateCandidate gov, List<PredicateCandidate> all) {
        boolean asks = gov.cameo().startsWith("10") || gov.cameo().startsWith("02");
        for (PredicateCandidate c : all) {
            if (c.order() == gov.complement() && c != gov) {
                int agent = arguments.agent(g, c.head());
                int govAgent = g.isNoun(gov.head()) ? arguments.nounAgent(g, gov.head(), -1)
                        : arguments.agent(g, gov.head());
                if (asks && agent >= 0 && agent != govAgent) {
                    return agent;
                }
                int t = arguments.patient(g, c.head());
                if (t >= 0 && !words.isInstrument(g, t)) {
                    return t;
                }
                return -1;
            }
        }
        return -1;
    }

    private static String triggerText(DependencyGraph g, PredicateCandidate c) {
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
            if (g.rel[k].equals(Relations.COMPOUND_PRT) && k > to && k - to <= 2) {
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
