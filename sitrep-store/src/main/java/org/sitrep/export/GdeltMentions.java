package org.sitrep.export;

import java.io.Writer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;
import org.sitrep.store.StoredEvent;

/**
 * GDELT 2.0's Mentions table: 16 columns, tab-separated, no header, LF; one row per stored mention of an exported
 * real-world event, joined to the event table by GLOBALEVENTID. With {@code --since}, only the mentions stored
 * after that time (GDELT's update files carry the new mentions of older events too). Offsets are character offsets
 * into the stored article text (-1 when the words are not in the evidence sentence); SentenceID counts sentences
 * approximately (the NLP's split is not stored); MentionDocTone is 0 (no tone lexicon).
 */
final class GdeltMentions {
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
            "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
            "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private final Tsv tsv;
    private final ArticleTexts texts;
    private final LocalDateTime since;
    private final boolean allFactualities;

    GdeltMentions(Writer out, ArticleTexts texts, LocalDateTime since, boolean allFactualities) {
        this.tsv = new Tsv(out);
        this.texts = texts;
        this.since = since;
        this.allFactualities = allFactualities;
    }

    int write(MergedEvent merged) {
        if (!allFactualities && merged.event().factuality() != Factuality.ASSERTED) {
            return 0;
        }
        long id = GlobalEventId.of(merged.clusterId());
        String eventTime = GdeltEvents.dateAdded(merged, merged.representative());
        int n = 0;
        for (StoredEvent m : merged.mentions()) {
            if (since != null && (m.storedAt() == null || !m.storedAt().isAfter(since))) {
                continue;
            }
            Event e = m.event();
            int start = e.evidence().start();
            String sentence = e.evidence().sentence();
            int a1 = offset(sentence, start, text(e.source()));
            int a2 = offset(sentence, start, text(e.target()));
            List<Object> row = new ArrayList<>(COLUMNS.size());
            row.add(id);
            row.add(eventTime);
            row.add(m.storedAt() != null ? m.storedAt().format(GdeltEvents.SECOND)
                    : m.published() == null ? null : m.published().atStartOfDay().format(GdeltEvents.SECOND));
            boolean web = m.articleUrl() != null;
            row.add(web ? 1 : 2);
            row.add(MergedEvent.sourceOf(m));
            row.add(web ? m.articleUrl() : citation(m));
            row.add(texts.sentenceNumber(m.articleId(), start));
            row.add(a1);
            row.add(a2);
            row.add(offset(sentence, start, e.evidence().trigger()));
            row.add((e.source() == null || a1 >= 0) && (e.target() == null || a2 >= 0) ? 1 : 0);
            row.add(Math.round(e.confidence() * 100));
            row.add(texts.length(m.articleId()));
            row.add(0);
            row.add(null);
            row.add(null);
            tsv.row(row);
            n++;
        }
        return n;
    }

    private static String text(Actor a) {
        return a == null ? null : a.text();
    }

    /** Where the words first occur in the evidence sentence, as an offset into the article; -1 when they do not. */
    static int offset(String sentence, int sentenceStart, String words) {
        if (words == null || words.isEmpty() || sentence == null) {
            return -1;
        }
        int i = sentence.indexOf(words);
        if (i < 0) {
            i = sentence.toLowerCase(java.util.Locale.ROOT).indexOf(words.toLowerCase(java.util.Locale.ROOT));
        }
        return i < 0 ? -1 : sentenceStart + i;
    }

    /** GDELT's identifier of a source that is not on the web: a textual citation. */
    private static String citation(StoredEvent m) {
        String source = MergedEvent.sourceOf(m);
        String title = m.articleTitle() == null ? m.articleId() : m.articleTitle();
        return source == null ? title : source + ": " + title;
    }
}
