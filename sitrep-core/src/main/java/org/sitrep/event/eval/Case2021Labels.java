package org.sitrep.event.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.knowledge.KnowledgeTable;
import org.sitrep.model.Event;
import org.sitrep.model.CodedArticle;

/**
 * Turns a coded snippet into a CASE 2021 task 2 label, from {@code eval/case2021-labels.tsv}: the label of
 * the ACLED sub-event type of its {@link MainEvent main} event among the events that have one; when no event
 * has an ACLED type (unless the main event itself is a claim of responsibility or an accusation: ATTRIB), the
 * label of the highest-ranked claim, accusation or sanction (ATTRIB, DIPLO; other verbal CAMEO events are not
 * evidence enough for DIPLO); else the label of the first topic word in the text (disasters, organised crime; a man-made
 * disaster's topic word yields to a weapon named in the text); else the label of the first weapon or violence
 * word ("instrument": rocket, airstrike, IED, kidnapping; the event itself was missed); else no label
 * ({@link #ABSTAIN}: a text with no event says nothing for OTHER, ACLED's sub-event for events of none of its
 * other types, so guessing it would only cost OTHER its precision).
 * <p>
 * An arrest for an ordinary crime is labelled by the crime (ACLED's "Arrests" are political; CASE labels
 * the reported incident): an arrest or charge in a text that reports sexual violence is SEX_VIOL, one whose
 * own sentence names organised crime (a topic word of ORG_CRIME: robbery, smuggling, trafficking) ORG_CRIME.
 * An explosion in a text that names no weapon or armed actor but an industrial setting is MAN_MADE_DISASTER.
 * Who took territory and whether violence was a clash or an attack on civilians is settled before this, where
 * the actors are resolved ({@link org.sitrep.actor.AcledByRoles}), and whether crowd violence was a violent
 * demonstration or mob violence where the article's events are reconciled (EventReconciler, in the events
 * stage), so the label is the stored event's own ACLED type.
 */
public final class Case2021Labels {
    public static final String RESOURCE = "eval/case2021-labels.tsv";
    /** The prediction for a text with no event and no topic word: not one of the task's labels. */
    public static final String ABSTAIN = "NONE";
    static final String ARREST = "ARREST";
    static final String SEX_VIOL = "SEX_VIOL";
    static final String ORG_CRIME = "ORG_CRIME";
    static final String REM_EXPLOS = "REM_EXPLOS";
    static final String MAN_MADE_DISASTER = "MAN_MADE_DISASTER";

    /** A prediction and what it rests on: "main", "acled", "crime" (an arrest's crime), "accident" (an explosion with no weapon in an industrial setting), "cameo" (a lower-ranked claim, accusation or sanction), "topic", "instrument" or "none". */
    public record Prediction(String label, Event event, String basis) {
    }

    private final Map<String, String> bySubEvent;
    private final Map<String, String> byTopic;
    private final Map<String, String> byMainPrefix;
    private final List<String> acledLabels;
    private final List<String> allLabels;
    private final Set<String> weaponWords;
    private final Map<String, String> byInstrument;
    private final Set<String> industryWords;

    private Case2021Labels(Map<String, String> bySubEvent, Map<String, String> byTopic, Map<String, String> byMainPrefix, Set<String> weaponWords,
                           Set<String> industryWords, Map<String, String> byInstrument) {
        this.byInstrument = Map.copyOf(byInstrument);
        this.weaponWords = Set.copyOf(weaponWords);
        this.industryWords = Set.copyOf(industryWords);
        this.byMainPrefix = Map.copyOf(byMainPrefix);
        this.bySubEvent = Map.copyOf(bySubEvent);
        this.byTopic = Map.copyOf(byTopic);
        Set<String> acled = new LinkedHashSet<>(bySubEvent.values());
        this.acledLabels = List.copyOf(acled);
        Set<String> all = new LinkedHashSet<>(acled);
        all.addAll(byMainPrefix.values());
        all.addAll(byTopic.values());
        this.allLabels = List.copyOf(all);
    }

    public static Case2021Labels load() {
        Map<String, String> sub = new HashMap<>();
        Map<String, String> topic = new HashMap<>();
        Map<String, String> main = new HashMap<>();
        Map<String, String> instrument = new HashMap<>();
        Set<String> weapon = new HashSet<>();
        Set<String> industry = new HashSet<>();
        for (KnowledgeTable.Row row : KnowledgeTable.read(RESOURCE, 3)) {
            Set<String> words = switch (row.cell(0)) {
                case "weapon" -> weapon;
                case "industry" -> industry;
                default -> null;
            };
            if (words != null) {
                words.add(row.cell(1));
                continue;
            }
            Map<String, String> target = switch (row.cell(0)) {
                case "acled" -> sub;
                case "topic" -> topic;
                case "main" -> main;
                case "instrument" -> instrument;
                default -> throw row.error("kind must be acled, main, topic, instrument, weapon or industry: "
                        + row.cell(0));
            };
            if (target.put(row.cell(1), row.cell(2)) != null) {
                throw row.error("duplicate key " + row.cell(1));
            }
        }
        for (String label : instrument.values()) {
            if (!sub.containsValue(label)) {
                throw new IllegalStateException(RESOURCE + ": instrument label is not an ACLED label: " + label);
            }
        }
        return new Case2021Labels(sub, topic, main, weapon, industry, instrument);
    }

    /** The 25 labels that name ACLED sub-event types, OTHER included. */
    public List<String> acledLabels() {
        return acledLabels;
    }

    /** All 30 labels. */
    public List<String> allLabels() {
        return allLabels;
    }

    /** The task label of an ACLED sub-event type, or null. */
    public String labelOf(String subEventType) {
        return bySubEvent.get(subEventType);
    }

    public Prediction predict(CodedArticle coded) {
        List<Event> ranked = MainEvent.ranked(coded);
        if (!ranked.isEmpty()) {
            String label = prefixLabel(byMainPrefix, ranked.get(0).cameo());
            if (label != null) {
                return new Prediction(label, ranked.get(0), "main");
            }
        }
        List<Event> acledOrder = new ArrayList<>(ranked.size());
        List<Event> bare = new ArrayList<>();
        for (Event e : ranked) {
            (isBareAttackNoun(coded, e) ? bare : acledOrder).add(e);
        }
        acledOrder.addAll(bare);
        for (Event e : acledOrder) {
            if (e.acled() != null) {
                String label = bySubEvent.get(e.acled().subEventType());
                if (label != null) {
                    if (label.equals(ARREST)) {
                        return arrest(coded, ranked, e);
                    }
                    if (label.equals(REM_EXPLOS) && industrialAccident(coded)) {
                        return new Prediction(MAN_MADE_DISASTER, e, "accident");
                    }
                    return new Prediction(label, e, "acled");
                }
            }
        }
        for (Event e : ranked) {
            String label = prefixLabel(byMainPrefix, e.cameo());
            if (label != null) {
                return new Prediction(label, e, "cameo");
            }
        }
        String topic = firstWord(coded, byTopic);
        String instrument = firstWord(coded, byInstrument);
        if (topic != null && !(topic.equals(MAN_MADE_DISASTER) && instrument != null)) {
            return new Prediction(topic, null, "topic");
        }
        if (instrument != null) {
            return new Prediction(instrument, null, "instrument");
        }
        return new Prediction(ABSTAIN, ranked.isEmpty() ? null : ranked.get(0), "none");
    }

    /**
     * A generic attack named only by a noun, with neither source nor target ("because of attacks", "after the
     * xenophobic attacks"): the weakest evidence of what happened, so any other ACLED event is ranked before it.
     */
    static boolean isBareAttackNoun(CodedArticle coded, Event e) {
        if (!e.cameo().equals("190") || e.source() != null || e.target() != null || e.anchor() == null) {
            return false;
        }
        List<Sentence> sentences = coded.annotated().sentences();
        int s = e.anchor().sentence();
        if (s < 0 || s >= sentences.size() || e.anchor().trigger() < 0
                || e.anchor().trigger() >= sentences.get(s).tokens().size()) {
            return false;
        }
        String pos = sentences.get(s).tokens().get(e.anchor().trigger()).pos();
        return pos != null && pos.startsWith("NN");
    }

    /** The label of the first word of the text listed in a map, by lemma or by two-word term (lemmas). */
    private static String firstWord(CodedArticle coded, Map<String, String> byWord) {
        for (Sentence s : coded.annotated().sentences()) {
            String previous = null;
            for (Token t : s.tokens()) {
                String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
                String label = previous == null ? null : byWord.get(previous + " " + lemma);
                if (label == null) {
                    label = byWord.get(lemma);
                }
                if (label != null) {
                    return label;
                }
                previous = lemma;
            }
        }
        return null;
    }

    /** No weapon or armed actor named anywhere, and an industrial setting: an explosion is an accident. */
    private boolean industrialAccident(CodedArticle coded) {
        boolean industry = false;
        for (Sentence s : coded.annotated().sentences()) {
            for (Token t : s.tokens()) {
                String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
                if (weaponWords.contains(lemma)) {
                    return false;
                }
                industry |= industryWords.contains(lemma);
            }
        }
        return industry;
    }

    /** An arrest's label: the crime it is for when that is sexual violence or organised crime, else ARREST. */
    private Prediction arrest(CodedArticle coded, List<Event> ranked, Event arrest) {
        for (Event e : ranked) {
            if (e.acled() != null && e.factuality() != org.sitrep.model.Factuality.NEGATED
                    && SEX_VIOL.equals(bySubEvent.get(e.acled().subEventType()))) {
                return new Prediction(SEX_VIOL, e, "crime");
            }
        }
        if (arrest.anchor() != null && arrest.anchor().sentence() >= 0
                && arrest.anchor().sentence() < coded.annotated().sentences().size()) {
            for (Token t : coded.annotated().sentences().get(arrest.anchor().sentence()).tokens()) {
                String lemma = t.lemma() == null ? t.word() : t.lemma();
                if (ORG_CRIME.equals(byTopic.get(lemma.toLowerCase(java.util.Locale.ROOT)))) {
                    return new Prediction(ORG_CRIME, arrest, "crime");
                }
            }
        }
        return new Prediction(ARREST, arrest, "acled");
    }

    private static String prefixLabel(Map<String, String> byPrefix, String cameo) {
        for (int len = cameo.length(); len >= 2; len--) {
            String label = byPrefix.get(cameo.substring(0, len));
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** The labels a list of predictions gives, for scoring. */
    public static List<String> labels(List<Prediction> predictions) {
        List<String> out = new ArrayList<>(predictions.size());
        predictions.forEach(p -> out.add(p.label()));
        return out;
    }
}
