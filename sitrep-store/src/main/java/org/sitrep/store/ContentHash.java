package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sitrep.article.Article;

/**
 * The fingerprint that makes ingest idempotent: SHA-256 over everything of an article that coding reads
 * (title, publication date, source, URL, language, text). Same id and same hash: already stored.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Article article) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        for (Object field : new Object[] {article.title(), article.published(), article.source(), article.url(),
                article.language(), article.text()}) {
            String s = field == null ? "\u0000null" : field.toString();
            digest.update(s.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
