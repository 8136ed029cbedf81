package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.article.InputException;

/**
 * Strict decoding with a binary-file check. Text is UTF-8 unless it starts with a byte order mark, or,
 * for an HTML page, unless the page declares its charset in a {@code <meta>} tag within its first 4 kB;
 * text that the charset cannot decode is rejected.
 */
final class TextDecoding {
    private static final int SNIFF = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoding() {
    }

    static String decode(byte[] bytes, String origin) throws InputException {
        return decode(bytes, origin, false);
    }

    static String decode(byte[] bytes, String origin, boolean mayBeHtml) throws InputException {
        Charset bom = bomCharset(bytes);
        if (bom == null) {
            int n = Math.min(bytes.length, SNIFF);
            for (int i = 0; i < n; i++) {
                if (bytes[i] == 0) {
                    throw new InputException(origin, "binary file (contains NUL bytes), not text");
                }
            }
        }
        Charset charset = bom != null ? bom : mayBeHtml ? declared(bytes, origin) : StandardCharsets.UTF_8;
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(origin, "not valid " + charset.name() + " text"
                    + (charset == StandardCharsets.UTF_8 ? "" : " (the charset it declares)"));
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset an HTML page declares in its first 4 kB, else UTF-8. */
    private static Charset declared(byte[] bytes, String origin) throws InputException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find() || !head.toLowerCase(Locale.ROOT).contains("<html") && !head.toLowerCase(Locale.ROOT).contains("<head")) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        try {
            Charset c = Charset.forName(name);
            // Browsers read a page labelled ISO-8859-1 or ASCII as windows-1252 (the WHATWG encoding standard).
            if (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) {
                return Charset.forName("windows-1252");
            }
            return c;
        } catch (IllegalArgumentException e) {
            throw new InputException(origin, "the page declares an unknown charset '" + name + "'");
        }
    }
}
