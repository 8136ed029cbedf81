package org.sitrep.server;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.sitrep.store.StoreReader.PageKey;

/**
 * The opaque {@code cursor} of {@code GET /events}: base64url of "day|cluster id" of the last event of the
 * previous page. Stable: events stored later never shift the pages already seen (new ones sort by their own key).
 */
final class PageCursor {
    private static final int MAX_LENGTH = 400;

    private PageCursor() {
    }

    static String encode(PageKey key) {
        String raw = key.day() + "|" + key.clusterId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PageKey decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw ApiException.badParameter("cursor", "not a cursor from this API (too long)");
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar < 0 || bar == raw.length() - 1) {
                throw ApiException.badParameter("cursor", "not a cursor from this API");
            }
            return new PageKey(LocalDate.parse(raw.substring(0, bar)), raw.substring(bar + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ApiException.badParameter("cursor", "not a cursor from this API");
        }
    }
}
