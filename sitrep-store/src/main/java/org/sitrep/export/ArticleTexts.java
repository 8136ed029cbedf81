package org.sitrep.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The stored texts of the articles an export walks through (a few kept at once), and what the GDELT
 * exports read from them: length, lead paragraph, sentence number.
 */
final class ArticleTexts {
    private static final int KEPT = 64;

    private final Function<String, String> lookup;
    private final Map<String, String> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    ArticleTexts(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    String text(String articleId) {
        return kept.computeIfAbsent(articleId, id -> {
            String t = lookup.apply(id);
            return t == null ? "" : t;
        });
    }

    int length(String articleId) {
        return text(articleId).length();
    }

    /** True when the offset lies in the first paragraph (up to the first blank line, or the first line break). */
    boolean inLead(String articleId, int offset) {
        String t = text(articleId);
        int end = t.indexOf("\n\n");
        if (end < 0) {
            end = t.indexOf('\n');
        }
        return end < 0 || offset < end;
    }

    /**
     * The number (from 1) of the sentence starting at or containing the offset: 1 + the sentence ends before it
     * (a '.', '!' or '?', possibly followed by a closing quote or bracket, then white space) and paragraph
     * breaks not already preceded by one. An approximation of the NLP's sentence split, which is not stored.
     */
    int sentenceNumber(String articleId, int offset) {
        String t = text(articleId);
        int n = 1;
        int limit = Math.min(offset, t.length());
        boolean ended = false;
        for (int i = 0; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < t.length() && "\"')]\u201d\u2019".indexOf(t.charAt(j)) >= 0) {
                    j++;
                }
                if (j < t.length() && Character.isWhitespace(t.charAt(j)) && j < limit) {
                    n++;
                    ended = true;
                    i = j;
                    continue;
                }
            } else if (c == '\n' && !ended && i > 0 && i + 1 < limit && !Character.isWhitespace(t.charAt(i + 1))) {
                n++;
            }
            if (!Character.isWhitespace(c)) {
                ended = false;
            }
        }
        return n;
    }
}
