package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The country an article is mostly about, weighed from the states it names: a state named in the
 * headline after a locative word, or in a locative phrase ("in Mali"), weighs four times a plain mention.
 */
final class PlaceCountry {
    private final ActorLexicon lexicon;
    private final NounPhrases phrases;

    PlaceCountry(ActorLexicon lexicon, NounPhrases phrases) {
        this.lexicon = lexicon;
        this.phrases = phrases;
    }

    /** The heaviest country code, or null when the article names none. */
    String weigh(String title, MatchedSentence[] matched) {
        Map<String, Integer> weight = new HashMap<>();
        String best = null;
        int bestWeight = 0;
        if (title != null) {
            // the headline often says where ("Convoy ambushed in northern Burkina Faso")
            for (String country : titleCountries(title)) {
                int total = weight.merge(country, 4, Integer::sum);
                if (total > bestWeight) {
                    bestWeight = total;
                    best = country;
                }
            }
        }
        for (MatchedSentence ms : matched) {
            for (LexiconMatch m : ms.matches) {
                boolean named = m.kind().isState()
                        || (m.kind() == EntryKind.ORGANISATION && m.entry().country() != null);
                if (m.relation() != LexiconMatch.Relation.SELF || !named) {
                    continue;
                }
                int w = phrases.isLocative(ms, m.endToken() - 1) ? 4 : 1;
                int total = weight.merge(m.entry().country(), w, Integer::sum);
                if (total > bestWeight) {
                    bestWeight = total;
                    best = m.entry().country();
                }
            }
        }
        return best;
    }

    /** Countries the headline places its story in ("... in northern Burkina Faso"). */
    private List<String> titleCountries(String title) {
        List<String> words = new ArrayList<>();
        for (String w : title.split("[\\s,.;:!?()\"\u201c\u201d]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String lowerWord = w.toLowerCase(Locale.ROOT);
            if (lowerWord.endsWith("'s") || lowerWord.endsWith("\u2019s")) {
                words.addAll(AliasNormalizer.parts(w.substring(0, w.length() - 2)));
                words.add("'s");
            } else {
                words.addAll(AliasNormalizer.parts(w));
            }
        }
        String[] surfaces = words.toArray(new String[0]);
        String[] keys = new String[surfaces.length];
        for (int i = 0; i < keys.length; i++) {
            String k = AliasNormalizer.key(surfaces[i]);
            keys[i] = k.isEmpty() ? "\u0000" : k;
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < keys.length) {
            AliasIndex.Alias a = lexicon.longest(keys, surfaces, i, keys.length);
            if (a == null) {
                i++;
                continue;
            }
            boolean locative = (i > 0 && "LOCATIVE".equals(lexicon.cue(keys[i - 1])))
                    || (i > 1 && "LOCATIVE".equals(lexicon.cue(keys[i - 2])));
            if (a.entry().kind().isState() && locative) {
                out.add(a.entry().country());
            }
            i += a.length();
        }
        return out;
    }
}
