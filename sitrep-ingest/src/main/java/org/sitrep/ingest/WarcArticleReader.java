package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.article.InputException;

/**
 * WARC archives ({@code .warc}, {@code .warc.gz}; WARC 1.0 and 1.1, read with jwarc): every {@code response}
 * record holding an HTML page with HTTP status 2xx becomes an article through the HTML reader, its target URI
 * as id and URL and its WARC-Date as the publication date when the page's meta tags give none. Other
 * records are skipped and counted. A truncated or corrupt record is rejected by its byte offset and target,
 * and reading resumes at the next record boundary (the next gzip member, or the next {@code WARC/1.}
 * line). A record is handed on only once the next record's header has parsed, because a record whose
 * length is wrong is only seen to be wrong where it should have ended.
 */
final class WarcArticleReader {
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WARC_MAGIC_END = "\r\n".getBytes(StandardCharsets.US_ASCII);

    private final IngestOptions options;
    private final WebPageReader pages;

    WarcArticleReader(IngestOptions options) {
        this.options = options;
        this.pages = new WebPageReader(options);
    }

    static boolean isWarc(String lowerCaseName) {
        return lowerCaseName.endsWith(".warc") || lowerCaseName.endsWith(".warc.gz");
    }

    /** What a file held. */
    record Counts(int pages, int rejected, Map<String, Integer> skipped) {
        int skippedTotal() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    Counts read(Path file, ArticleSink sink) {
        return read(file, file.toString(), sink);
    }

    /** Reads {@code file}, naming it {@code name} in articles and messages (a local copy of a remote file). */
    Counts read(Path file, String name, ArticleSink sink) {
        int[] read = {0};
        int[] rejected = {0};
        Map<String, Integer> skipped = new TreeMap<>();
        try (FileChannel channel = FileChannel.open(file)) {
            boolean[] trailerBroken = {false};
            WarcReader reader = open(channel, 0, trailerBroken);
            WarcCompression compression = reader.compression();
            Pending pending = null;
            while (true) {
                long previous = reader.position();
                Optional<WarcRecord> next = Optional.empty();
                Pending current = null;
                String where = null;
                String failure = null;
                long failedAt = previous;
                trailerBroken[0] = false;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // The record read before was read whole, so it is the next one that is broken.
                    failure = describe(e);
                    long start = resync(channel, previous + 1, compression);
                    failedAt = start < 0 ? previous : start;
                    where = "@" + failedAt + ": WARC record";
                }
                if (trailerBroken[0] && pending != null) {
                    failure = "does not end where its Content-Length says (truncated or corrupt)";
                    failedAt = pending.offset();
                    where = "@" + failedAt + ": WARC record (" + pending.page().url() + ")";
                    pending = null;
                }
                if (failure == null && next.isPresent()) {
                    try {
                        current = capture(next.get(), reader.position(), name, skipped);
                    } catch (IOException | RuntimeException e) {
                        failure = describe(e);
                        failedAt = reader.position();
                        where = "@" + failedAt + ": WARC record (" + targetOf(next.get()) + ")";
                    }
                }
                emit(pending, sink, read, rejected);
                pending = current;
                if (failure != null) {
                    rejected[0]++;
                    sink.reject(new InputException(name + where, failure + "; reading on from the next record"));
                    long from = resync(channel, failedAt + 1, compression);
                    if (from < 0) {
                        break;
                    }
                    reader = open(channel, from, trailerBroken);
                    continue;
                }
                if (next.isEmpty()) {
                    break;
                }
            }
        } catch (IOException e) {
            rejected[0]++;
            sink.reject(new InputException(name, "cannot read WARC file: " + describe(e)));
        }
        Counts counts = new Counts(read[0], rejected[0], skipped);
        if (counts.skippedTotal() > 0) {
            sink.warn(name, counts.pages() + " HTML page(s) read, " + counts.skippedTotal()
                    + " other WARC record(s) skipped " + skipped);
        }
        if (counts.pages() == 0 && counts.rejected() == 0) {
            sink.reject(new InputException(name, "WARC file holds no HTML response records"));
        }
        return counts;
    }

    private void emit(Pending p, ArticleSink sink, int[] read, int[] rejected) {
        if (p == null) {
            return;
        }
        try {
            sink.accept(pages.read(p.page(), sink));
            read[0]++;
        } catch (InputException e) {
            rejected[0]++;
            sink.reject(e);
        }
    }

    private static WarcReader open(FileChannel channel, long position, boolean[] trailerBroken) throws IOException {
        channel.position(position);
        WarcReader reader = new WarcReader(channel);
        reader.onWarning(message -> {
            if (message.contains("trailer")) {
                trailerBroken[0] = true;
            }
        });
        return reader;
    }

    /** A record read ahead: the page, or null for a record that is skipped. */
    private record Pending(long offset, WebPage page) {
    }

    /** Reads a record's page now (the reader moves on); null and counted when it is not an HTML response. */
    private Pending capture(WarcRecord record, long offset, String file, Map<String, Integer> skipped)
            throws IOException {
        String skip = null;
        HttpResponse http = null;
        if (!(record instanceof WarcResponse response)) {
            skip = record.type();
        } else if (!response.contentType().base().equals(MediaType.HTTP)) {
            skip = "response (not HTTP)";
        } else {
            http = response.http();
            MediaType type = http.contentType().base();
            if (http.status() < 200 || http.status() > 299) {
                skip = "response (HTTP " + http.status() + ")";
            } else if (!isHtml(type)) {
                skip = "response (" + type + ")";
            }
        }
        if (skip != null) {
            // Read the block now, so that a truncated skipped record is named by its own offset.
            record.body().consume();
            skipped.merge(skip, 1, Integer::sum);
            return null;
        }
        WarcResponse response = (WarcResponse) record;
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        LocalDate date = record.date() == null ? null : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
        String url = response.target();
        String charset = http.contentType().parameters().get("charset");
        return new Pending(offset, new WebPage(url, body, charset, file + "@" + offset + " (" + url + ")", null,
                null, date, null));
    }

    private static String targetOf(WarcRecord record) {
        return record instanceof org.netpreserve.jwarc.WarcTargetRecord t ? t.target() : record.type();
    }

    private static boolean isHtml(MediaType type) {
        String t = type.toString();
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    /** The next offset after {@code from} where a record may start, or -1 at the end of the file. */
    static long resync(FileChannel channel, long from, WarcCompression compression) throws IOException {
        byte[] magic = compression == WarcCompression.GZIP ? GZIP_MAGIC : WARC_MAGIC;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = from;
        long size = channel.size();
        while (pos < size) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) {
                return -1;
            }
            byte[] a = buf.array();
            int tail = magic == GZIP_MAGIC ? 0 : 3;
            for (int i = 0; i + magic.length + tail <= n; i++) {
                if (matches(a, i, magic) && (tail == 0 || warcVersionLine(a, i + magic.length))) {
                    return pos + i;
                }
            }
            if (pos + n >= size) {
                return -1;
            }
            pos += n - magic.length - 3;
        }
        return -1;
    }

    private static boolean matches(byte[] a, int i, byte[] magic) {
        for (int k = 0; k < magic.length; k++) {
            if (a[i + k] != magic[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code 0\r\n} or {@code 1\r\n} after {@code WARC/1.}: a record's first line (it need not start a line of the file, as a cut record runs into it). */
    private static boolean warcVersionLine(byte[] a, int i) {
        return (a[i] == '0' || a[i] == '1') && a[i + 1] == WARC_MAGIC_END[0] && a[i + 2] == WARC_MAGIC_END[1];
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        String kind = e instanceof java.io.EOFException ? "truncated" : "corrupt";
        if (m == null || m.isBlank()) {
            return kind;
        }
        m = m.replaceAll("\\s+", " ");
        return kind + " (" + (m.length() > 120 ? m.substring(0, 120) + "…" : m) + ")";
    }
}
