package org.sitrep.actor.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts from scoring actor resolution, with the accuracies derived from them and the mismatches. */
public final class ActorScores {
    int items;
    int mentions;
    int mentionsCorrect;
    int sources;
    int sourcesFound;
    int sourcesCorrect;
    int targets;
    int targetsFound;
    int targetsCorrect;
    int quotes;
    int quotesFound;
    int speakersCorrect;
    int speakerCodesCorrect;
    int affiliationsCorrect;
    final List<String> errors = new ArrayList<>();

    /** Share of gold mentions resolved to an accepted code (resolving the gold span directly). */
    public double mentionAccuracy() {
        return ratio(mentionsCorrect, mentions);
    }

    /** Share of gold event sources and targets the full pipeline codes correctly (a missed event counts wrong). */
    public double eventArgumentAccuracy() {
        return ratio(sourcesCorrect + targetsCorrect, sources + targets);
    }

    /** The same, over the event arguments whose event the coder found. */
    public double eventArgumentAccuracyOnFound() {
        return ratio(sourcesCorrect + targetsCorrect, sourcesFound + targetsFound);
    }

    public double sourceAccuracy() {
        return ratio(sourcesCorrect, sources);
    }

    public double targetAccuracy() {
        return ratio(targetsCorrect, targets);
    }

    /** Share of gold quotes found with the right speaker name. */
    public double speakerAccuracy() {
        return ratio(speakersCorrect, quotes);
    }

    public double speakerCodeAccuracy() {
        return ratio(speakerCodesCorrect, quotes);
    }

    public int mentions() {
        return mentions;
    }

    public int items() {
        return items;
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    /** A plain-text table for a terminal. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "actor eval: %d items%n", items));
        b.append(String.format(Locale.ROOT, "  %-34s %7s %7s %8s%n", "measure", "correct", "total", "accuracy"));
        row(b, "mention code (gold span)", mentionsCorrect, mentions);
        row(b, "event source code (end to end)", sourcesCorrect, sources);
        row(b, "event target code (end to end)", targetsCorrect, targets);
        row(b, "event source+target code", sourcesCorrect + targetsCorrect, sources + targets);
        row(b, "  on events the coder found", sourcesCorrect + targetsCorrect, sourcesFound + targetsFound);
        row(b, "quote found", quotesFound, quotes);
        row(b, "quote speaker name", speakersCorrect, quotes);
        row(b, "quote speaker code", speakerCodesCorrect, quotes);
        row(b, "quote speaker affiliation", affiliationsCorrect, quotes);
        return b.toString();
    }

    private static void row(StringBuilder b, String name, int correct, int total) {
        b.append(String.format(Locale.ROOT, "  %-34s %7d %7d %8s%n", name, correct, total,
                total == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) correct / total)));
    }

    /** The figures as one JSON object. */
    public ObjectNode toJson() {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("items", items);
        o.put("mentions", mentions);
        o.put("mention_code_accuracy", round(mentionAccuracy()));
        o.put("event_sources", sources);
        o.put("event_sources_found", sourcesFound);
        o.put("event_source_accuracy", round(sourceAccuracy()));
        o.put("event_targets", targets);
        o.put("event_targets_found", targetsFound);
        o.put("event_target_accuracy", round(targetAccuracy()));
        o.put("event_argument_accuracy", round(eventArgumentAccuracy()));
        o.put("event_argument_accuracy_on_found", round(eventArgumentAccuracyOnFound()));
        o.put("quotes", quotes);
        o.put("quotes_found", quotesFound);
        o.put("speaker_name_accuracy", round(speakerAccuracy()));
        o.put("speaker_code_accuracy", round(speakerCodeAccuracy()));
        o.put("speaker_affiliation_accuracy", round(ratio(affiliationsCorrect, quotes)));
        return o;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 1000) / 1000.0;
    }
}
