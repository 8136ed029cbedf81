package org.sitrep.dedup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;
import org.sitrep.model.Event;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.StoredEvent;

/**
 * Scores dedup on the gold set: stores the articles in order in a fresh embedded store, then compares
 * merges with the gold incidents pair by pair (pairs of events from different articles, since the store
 * merges only across articles). Either the gold events themselves are stored (the rule alone, given
 * correct coding) or the articles are coded by the real pipeline and each coded event is aligned to the
 * gold event of its article stated in the same sentence with a CAMEO code of the same family.
 */
public final class DedupEvaluation {
    /** Pairwise counts and the figures derived from them. */
    public record MergeScore(int predictedPairs, int correctPairs, int goldPairs, int foundPairs, int goldEvents,
                             int alignedGoldEvents, int storedEvents, List<String> merges,
                             List<String> explanations) {
        public double precision() {
            return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
        }

        public double recall() {
            return goldPairs == 0 ? 1.0 : (double) foundPairs / goldPairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final MergeRule rule;

    public DedupEvaluation(MergeRule rule) {
        this.rule = rule;
    }

    /** Stores the gold events themselves: measures the merge rule given correct coding. */
    public MergeScore scoreRule(List<DedupGold.GoldArticle> gold) throws java.io.IOException {
        return score(gold, a -> {
            DedupGold.GoldArticle g = gold.stream().filter(x -> x.article().id().equals(a.id())).findFirst().orElseThrow();
            return new CodedArticle(new AnnotatedArticle(a, List.of(), List.of()),
                    g.events().stream().map(DedupGold.GoldEvent::event).toList(), List.of(), List.of());
        });
    }

    /** Codes each article with {@code coder} and stores what it finds: measures coding and dedup together. */
    public MergeScore score(List<DedupGold.GoldArticle> gold, Function<Article, CodedArticle> coder)
            throws java.io.IOException {
        Path dir = Files.createTempDirectory("sitrep-dedup-eval");
        Path db = dir.resolve("dedup.duckdb");
        try (EventStore store = EventStore.open(StoreLocation.duckDb(db), rule)) {
            Map<String, String> labelOf = new HashMap<>();
            Map<String, Event> codedOfGold = new HashMap<>();
            Map<String, List<Event>> codedByArticle = new HashMap<>();
            int goldEvents = 0;
            int aligned = 0;
            for (DedupGold.GoldArticle g : gold) {
                CodedArticle coded = coder.apply(g.article());
                store.store(coded);
                codedByArticle.put(g.article().id(), coded.events());
                goldEvents += g.events().size();
                List<DedupGold.GoldEvent> unused = new ArrayList<>(g.events());
                List<Event> unaligned = new ArrayList<>(coded.events());
                // first the coded events whose trigger shares a word with the gold trigger, then the rest
                for (boolean byTrigger : new boolean[] {true, false}) {
                    for (Event e : List.copyOf(unaligned)) {
                        DedupGold.GoldEvent match = align(e, unused, byTrigger);
                        if (match != null) {
                            unused.remove(match);
                            unaligned.remove(e);
                            labelOf.put(e.id(), match.incident());
                            codedOfGold.put(match.event().id(), e);
                            aligned++;
                        }
                    }
                }
            }
            List<StoredEvent> stored = store.query(EventQuery.all());
            int predicted = 0;
            int correct = 0;
            List<String> merges = new ArrayList<>();
            List<Event[]> wrong = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                for (int j = i + 1; j < stored.size(); j++) {
                    StoredEvent a = stored.get(i);
                    StoredEvent b = stored.get(j);
                    if (a.articleId().equals(b.articleId()) || !a.clusterId().equals(b.clusterId())) {
                        continue;
                    }
                    predicted++;
                    String la = labelOf.get(a.event().id());
                    boolean right = la != null && la.equals(labelOf.get(b.event().id()));
                    if (right) {
                        correct++;
                    }
                    merges.add((right ? "correct " : "WRONG   ") + describe(a, labelOf) + "  +  " + describe(b, labelOf));
                    if (!right) {
                        wrong.add(new Event[] {a.event(), b.event()});
                    }
                }
            }
            // Gold pairs: events of one incident from different articles; found when both were coded and merged.
            Map<String, String> clusterOfLabelled = new HashMap<>();
            Map<String, String> articleOfLabelled = new HashMap<>();
            for (StoredEvent s : stored) {
                if (labelOf.containsKey(s.event().id())) {
                    clusterOfLabelled.put(s.event().id(), s.clusterId());
                    articleOfLabelled.put(s.event().id(), s.articleId());
                }
            }
            List<String[]> goldList = new ArrayList<>();
            for (DedupGold.GoldArticle g : gold) {
                for (DedupGold.GoldEvent ge : g.events()) {
                    goldList.add(new String[] {g.article().id(), ge.incident()});
                }
            }
            int goldPairs = 0;
            for (int i = 0; i < goldList.size(); i++) {
                for (int j = i + 1; j < goldList.size(); j++) {
                    if (!goldList.get(i)[0].equals(goldList.get(j)[0]) && goldList.get(i)[1].equals(goldList.get(j)[1])) {
                        goldPairs++;
                    }
                }
            }
            int found = 0;
            List<String> ids = new ArrayList<>(clusterOfLabelled.keySet());
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    String a = ids.get(i);
                    String b = ids.get(j);
                    if (!articleOfLabelled.get(a).equals(articleOfLabelled.get(b)) && labelOf.get(a).equals(labelOf.get(b))
                            && clusterOfLabelled.get(a).equals(clusterOfLabelled.get(b))) {
                        found++;
                    }
                }
            }
            Map<String, String> clusterOf = new HashMap<>();
            stored.forEach(x -> clusterOf.put(x.event().id(), x.clusterId()));
            List<String> explanations = new PairExplainer(rule, labelOf, clusterOf)
                    .explain(gold, codedOfGold, codedByArticle, wrong);
            return new MergeScore(predicted, correct, goldPairs, found, goldEvents, aligned, stored.size(), merges,
                    explanations);
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
            Files.deleteIfExists(dir);
        }
    }

    private static String describe(StoredEvent s, Map<String, String> labelOf) {
        Event e = s.event();
        return e.id() + " [" + labelOf.getOrDefault(e.id(), "-") + "] " + e.cameo() + " "
                + (e.source() == null ? "?" : e.source().code()) + ">" + (e.target() == null ? "?" : e.target().code())
                + " @" + (e.location() == null ? "?" : e.location().name()) + " " + (e.date() == null ? "" : e.date().start());
    }

    /**
     * The unused gold event stated in the same sentence, with a CAMEO code of the same family (and, when
     * {@code byTrigger}, a trigger sharing a word with the coded one: "detonated" rather than "killed" in
     * "people killed when militants detonated a car bomb").
     */
    private DedupGold.GoldEvent align(Event coded, List<DedupGold.GoldEvent> candidates, boolean byTrigger) {
        String sentence = normalize(coded.evidence().sentence());
        for (DedupGold.GoldEvent g : candidates) {
            String goldSentence = normalize(g.event().evidence().sentence());
            boolean sameSentence = sentence.contains(goldSentence) || goldSentence.contains(sentence);
            if (sameSentence && rule.families().familyOf(coded.cameo()).equals(rule.families().familyOf(g.event().cameo()))
                    && (!byTrigger || shareWord(coded.evidence().trigger(), g.event().evidence().trigger()))) {
                return g;
            }
        }
        return null;
    }

    static boolean shareWord(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        java.util.Set<String> words = new java.util.HashSet<>(List.of(a.toLowerCase(java.util.Locale.ROOT).split("\\W+")));
        for (String w : b.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            if (!w.isEmpty() && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
