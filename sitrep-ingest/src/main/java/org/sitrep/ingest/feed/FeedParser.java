package org.sitrep.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.article.InputException;

/**
 * RSS 0.9x/2.0 and Atom 1.0 by Rome (document type declarations refused, so no external entities are
 * read). Relative item links are resolved against the feed's URL; items without a usable http(s) link are
 * left out.
 */
public final class FeedParser {
    private FeedParser() {
    }

    public static Feed parse(byte[] xml, String contentType, String url) throws InputException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            ByteArrayInputStream in = new ByteArrayInputStream(xml);
            feed = input.build(contentType == null ? new XmlReader(in, true) : new XmlReader(in, contentType, true));
        } catch (FeedException | IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
            throw new InputException(url, "not a valid RSS or Atom feed (" + (m.length() > 140 ? m.substring(0, 140) + "…" : m) + ")");
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = absolute(url, e.getLink() != null ? e.getLink() : e.getUri());
            if (link == null) {
                continue;
            }
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            LocalDate day = d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            String content = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    content = c.getValue();
                    break;
                }
            }
            String summary = e.getDescription() == null ? null : e.getDescription().getValue();
            String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
            items.add(new FeedItem(link, title, day, content, summary, hash(link, title, day, content, summary)));
        }
        String title = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        return new Feed(url, title, feed.getFeedType(), items);
    }

    private static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI u = URI.create(base).resolve(link.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? u.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String hash(Object... fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object f : fields) {
                digest.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
