package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.article.Article;
import org.sitrep.article.Days;
import org.sitrep.article.InputException;

/**
 * Plain-text articles. In the seed format the first line is {@code date YYYY-MM-DD headline}
 * (leading spaces allowed) and the body follows; offsets count from the start of the body.
 * Any other text is a body with no headline.
 */
final class TextArticleParser {
    private static final Pattern SEED_HEADER = Pattern.compile("^[ \\t]*date[ \\t]+(\\S+)[ \\t]*(.*)$");

    private TextArticleParser() {
    }

    static boolean looksLikeSeed(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        return SEED_HEADER.matcher(first.stripTrailing()).matches();
    }

    static Article parse(String id, String text, String origin, IngestOptions options, ArticleSink sink)
            throws InputException {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).stripTrailing();
        Matcher m = SEED_HEADER.matcher(first);
        if (m.matches()) {
            LocalDate published = parseDate(m.group(1), origin + ":1");
            String title = m.group(2).strip();
            String body = nl < 0 ? "" : text.substring(nl + 1);
            requireBody(body, origin);
            return new Article(id, title.isEmpty() ? null : title, published, null, null, "en", body, origin);
        }
        requireBody(text, origin);
        if (options.defaultPublished() == null) {
            sink.warn(origin, "no publication date (use --published YYYY-MM-DD); event dates will be unanchored");
        }
        return new Article(id, null, options.defaultPublished(), null, null, "en", text, origin);
    }

    static LocalDate parseDate(String value, String origin) throws InputException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputException(origin, "bad date '" + value + "'" + Days.problem(value));
        }
    }

    static void requireBody(String body, String origin) throws InputException {
        if (body.isBlank()) {
            throw new InputException(origin, "empty article (no text)");
        }
    }
}
