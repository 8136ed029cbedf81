package org.sitrep.event.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Provision;
import org.sitrep.pipeline.Stage;

/**
 * Stage {@code coref}: one event per real occurrence within an article. Runs after actors, places and dates
 * so that who, where and when can tell occurrences apart.
 *
 * <ol>
 * <li>Statements that are no occurrence are dropped: violence whose target is an abstraction ("an attack on
 * press freedom"), generic plurals ("have carried out similar raids", "damaged in previous attacks"), habits
 * and tallies ({@link Habitual}), backdrop nouns ({@link Backdrop}) and talk in direct quotes
 * ({@link QuotedTalk}).</li>
 * <li>Arguments that are no actors are cleared or resolved ({@link NonActorArguments}).</li>
 * <li>In text order, each event joins the latest earlier cluster of its family (same factuality, compatible
 * actors, date and place, no two different means of attack) that it points back to: a trigger linked to a
 * member in one sentence ("attacked ..., killing two and wounding three"), a definite nominal echo ("the
 * attack", "the embassy siege"), or a later mention of an act named in the lede with the same code or the
 * same root with one of them broad ("rocket strike" in the lede, "fired" later). Among the clusters it may
 * join it takes the one of the same or a kindred code, else the earliest (the story's main occurrence). With
 * no pointer it joins the one cluster it can only be ({@link SameOccurrence}: "four people were shot dead").</li>
 * <li>Each cluster becomes one event ({@link Cluster#merged()}) keeping all mentions as evidence.</li>
 * </ol>
 */
public final class EventCoreference implements Stage<CodedArticle, CodedArticle> {
    /**
     * How many days apart a definite echo ("the accord", "the truce") may be dated from the occurrence it
     * names: an echo is dated by its own clause ("condemned the detention on Thursday", "the truce came into
     * force at midnight"), which is often a day or two after the act.
     */
    static final int ECHO_DAYS = 3;

    private final CorefLexicon lexicon;
    private final NonActorArguments arguments;
    private final Habitual habitual;
    private final SameOccurrence same;

    public EventCoreference(CorefLexicon lexicon) {
        this.lexicon = lexicon;
        this.arguments = new NonActorArguments(lexicon);
        this.habitual = new Habitual(lexicon);
        this.same = new SameOccurrence(lexicon);
    }

    public static EventCoreference load() {
        return new EventCoreference(CorefLexicon.load());
    }

    @Override
    public String name() {
        return "coref";
    }

    @Override
    public Set<Provision> requires() {
        return Set.of(Provision.EVENTS, Provision.ACTORS, Provision.PLACES, Provision.DATES);
    }

    @Override
    public Set<Provision> provides() {
        return Set.of(Provision.COREFERENCE);
    }

    @Override
    public CodedArticle apply(CodedArticle input) {
        return input.withEvents(resolve(input.events(), input.annotated()));
    }

    /** The events of one article, one per occurrence. */
    public List<Event> resolve(List<Event> events, AnnotatedArticle annotated) {
        List<Sentence> sentences = annotated.sentences();
        List<Mention> all = new ArrayList<>();
        for (Event e : events) {
            all.add(Mention.of(arguments.clean(e, events, annotated), sentences, lexicon));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : all) {
            if (!figurative(m) && !m.genericPlural() && !habitual(m) && !Backdrop.test(m, all, lexicon)
                    && !RelativeBackground.test(m.sentence(), m.trigger())
                    && !QuotedTalk.test(m.sentence(), m.trigger())) {
                mentions.add(m);
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (Mention m : mentions) {
            Cluster best = null;
            int bestScore = -1;
            for (Cluster c : clusters) {
                int score = joins(m, c) ? affinity(m, c) : -1;
                if (score > bestScore) { // ties: the earlier occurrence, the story's main one
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = same.sole(m, clusters);
            }
            if (best == null) {
                clusters.add(new Cluster(m, lexicon));
            } else {
                best.add(m);
            }
        }
        List<Event> out = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            out.add(c.merged());
        }
        return out;
    }

    /**
     * How well a mention fits a cluster it may join: the same code, or a kindred one ("the siege" of a
     * storming), or a killing where the cluster already counts dead, before a mere same-family echo.
     */
    int affinity(Mention m, Cluster c) {
        String code = m.event().cameo();
        int best = 0;
        for (Mention o : c.members()) {
            String other = o.event().cameo();
            if (other.equals(code)) {
                best = Math.max(best, 3);
            } else if (lexicon.kin(code, other)) {
                best = Math.max(best, 2);
            } else if (lexicon.is("CONSEQUENCE", code) && o.event().fatalities() != null) {
                best = Math.max(best, 2);
            }
        }
        return best;
    }

    /** Violence aimed at an abstraction: "an attack on press freedom", "the war on corruption". */
    boolean figurative(Mention m) {
        if (!"violence".equals(m.family()) || m.event().target() == null) {
            return false;
        }
        var arg = m.event().anchor() == null ? null : m.event().anchor().target();
        if (arg != null && m.sentence() != null && arg.sentence() == m.sentenceIndex() && arg.head() < m.sentence().size()) {
            return lexicon.is("FIGURATIVE", m.sentence().token(arg.head()).lemma());
        }
        String[] words = m.event().target().text().trim().split("\\s+");
        return lexicon.is("FIGURATIVE", words[words.length - 1]);
    }

    /** A habit or a tally, not one occurrence ({@link Habitual}). */
    boolean habitual(Mention m) {
        if (m.sentence() == null || m.trigger() < 0 || m.trigger() >= m.sentence().size()) {
            return false;
        }
        return habitual.test(m.sentence(), m.trigger(), m.event().evidence().trigger());
    }

    /**
     * A mention told as the answer to another act: a retaliation verb on its way up the clause ("Pakistan said
     * 31 civilians were killed in those strikes and retaliated with shelling"). The answer is another
     * occurrence, however the parser linked the clauses; it never joins a cluster unpointed.
     */
    static boolean counter(Mention m, CorefLexicon lexicon) {
        if (m.sentence() == null || m.trigger() < 0 || m.trigger() >= m.sentence().size()) {
            return false;
        }
        int[] up = Mention.ancestors(m.sentence(), m.trigger());
        for (int i = 0; i < up.length; i++) {
            if (lexicon.is("COUNTER", m.sentence().token(up[i]).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** A trigger that is a present participle ("..., killing 19"). */
    static boolean participle(Mention m) {
        return m.sentence() != null && m.trigger() >= 0 && m.trigger() < m.sentence().size()
                && m.sentence().token(m.trigger()).pos().equals("VBG");
    }

    /** A family's broad code, three digits ending in 0 ("190 use conventional military force", "040 consult"). */
    static boolean broad(String cameo) {
        return cameo.length() == 3 && cameo.endsWith("0");
    }

    /** A means of attack or its consequence: what a broad "attack" in the lede may be told again as. */
    private boolean attack(String cameo) {
        return lexicon.is("WEAPON", cameo) || lexicon.is("CONSEQUENCE", cameo);
    }

    /** Whether a mention names the occurrence a cluster stands for. */
    boolean joins(Mention m, Cluster c) {
        Mention head = c.first();
        if (m.family() == null || !m.family().equals(head.family()) || m.generic() || m.sentence() == null) {
            return false;
        }
        boolean points = false;
        boolean consequence = false;
        for (Mention o : c.members()) {
            if (o.event().factuality() != m.event().factuality() || o.generic()) {
                return false;
            }
            String a = o.event().cameo();
            String b = m.event().cameo();
            if (lexicon.is("WEAPON", a) && lexicon.is("WEAPON", b) && !a.equals(b)) {
                return false; // a shelling and an air strike are two attacks
            }
            boolean linked = m.linkedTo(o, t -> lexicon.is("COUNTER", m.sentence().token(t).lemma()))
                    || !"violence".equals(m.family()) && m.argumentOf(o);
            consequence |= linked && (lexicon.is("CONSEQUENCE", a) || lexicon.is("CONSEQUENCE", b));
            points |= linked || m.definite() && o.position() < m.position()
                    || o.sentenceIndex() == 0 && m.sentenceIndex() > 0 && (a.equals(b)
                    || a.startsWith(b.substring(0, 2)) && (broad(a) && attack(b) || broad(b) && attack(a)));
        }
        if (!points) {
            return false;
        }
        Event merged = c.merged();
        Event e = m.event();
        boolean straight = Compatibility.actors(e.source(), merged.source())
                && (consequence || Compatibility.actors(e.target(), merged.target()));
        boolean reciprocal = "violence".equals(m.family()) && (e.cameo().equals("190") || e.cameo().equals("193"))
                && Compatibility.actors(e.source(), merged.target()) && Compatibility.actors(e.target(), merged.source())
                && (Compatibility.sameActor(e.source(), merged.target()) || Compatibility.sameActor(e.target(), merged.source()));
        if (consequence) {
            // one clause complex: the dater may have read the act and its toll apart; a participle's doer is
            // the act's ("opened fire on protesters who tried to enter ..., killing 19": not the protesters)
            return straight || participle(m);
        }
        boolean when = m.definite() ? Compatibility.datesNear(e.date(), merged.date(), ECHO_DAYS)
                : Compatibility.dates(e.date(), merged.date());
        return (straight || reciprocal) && when
                && Compatibility.places(e.location(), merged.location());
    }
}
