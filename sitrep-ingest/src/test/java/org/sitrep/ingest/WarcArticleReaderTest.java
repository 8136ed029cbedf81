package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;

/** WARC files written here with jwarc, read through {@link ArticleReader} like any other input. */
class WarcArticleReaderTest {
    private static final Instant CRAWLED = Instant.parse("2024-03-20T08:30:00Z");

    @TempDir
    Path dir;

    private final Collected got = new Collected();

    static final class Collected implements ArticleSink {
        final List<Article> articles = new ArrayList<>();
        final List<InputException> rejected = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void accept(Article article) {
            articles.add(article);
        }

        @Override
        public void reject(InputException problem) {
            rejected.add(problem);
        }

        @Override
        public void warn(String origin, String message) {
            warnings.add(origin + ": " + message);
        }
    }

    static String page(String headline, String datedMeta, String body) {
        return "<!doctype html><html><head><title>" + headline + " | Wire</title>"
                + (datedMeta == null ? "" : "<meta property=\"article:published_time\" content=\"" + datedMeta + "\">")
                + "</head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>" + headline
                + "</h1><p>" + body + "</p><p>" + body.replace("Monday", "Tuesday") + "</p></article>"
                + "<footer>Copyright Wire 2024. All rights reserved.</footer></body></html>";
    }

    static WarcResponse response(String url, int status, MediaType type, String content) throws IOException {
        return new WarcResponse.Builder(URI.create(url)).date(CRAWLED)
                .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                        .body(type, content.getBytes(StandardCharsets.UTF_8)).build())
                .build();
    }

    static final String GOMA = "Soldiers attacked rebels near Goma on Monday, killing four fighters, local officials said."
            + " The fighting forced hundreds of families to flee towards the city.";
    static final String KINSHASA = "Police arrested ten protesters in Kinshasa on Monday after a march on parliament"
            + " turned violent, witnesses said.";

    /** A crawl: warcinfo, a request, two HTML pages (one dated in its meta tags), an image and a 404 page. */
    private Path crawl(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(ch, compression)) {
            w.write(new Warcinfo.Builder().date(CRAWLED).fields(Map.of("software", List.of("sitrep-test"))).build());
            w.write(new WarcRequest.Builder(URI.create("https://news.example/goma-clash")).date(CRAWLED)
                    .body(new HttpRequest.Builder("GET", "/goma-clash").build()).build());
            w.write(response("https://news.example/goma-clash", 200, MediaType.HTML_UTF8,
                    page("Clash near Goma", "2024-03-18T10:00:00Z", GOMA)));
            w.write(response("https://news.example/kinshasa-arrests", 200, MediaType.parse("text/html"),
                    page("Arrests in Kinshasa", null, KINSHASA)));
            w.write(response("https://news.example/logo.png", 200, MediaType.parse("image/png"), "PNG"));
            w.write(response("https://news.example/missing", 404, MediaType.HTML_UTF8,
                    page("Not found", null, "This page does not exist any more, sorry about that.")));
        }
        return file;
    }

    private void read(Path... files) {
        List<String> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(f.toString());
        }
        new ArticleReader(IngestOptions.defaults()).read(inputs, got);
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void htmlResponsesBecomeArticlesAndOtherRecordsAreCounted(WarcCompression compression) throws IOException {
        Path file = crawl(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", compression);
        read(file);
        assertThat(got.rejected).isEmpty();
        assertThat(got.articles).extracting(Article::id)
                .containsExactly("https://news.example/goma-clash", "https://news.example/kinshasa-arrests");
        Article goma = got.articles.get(0);
        assertThat(goma.url()).isEqualTo("https://news.example/goma-clash");
        assertThat(goma.title()).isEqualTo("Clash near Goma");
        assertThat(goma.published()).as("the page's meta tag wins").isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(goma.text()).startsWith("Soldiers attacked rebels near Goma on Monday").doesNotContain("Home", "Copyright");
        assertThat(got.articles.get(1).published()).as("WARC-Date as the fallback").isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(got.articles.get(1).origin()).startsWith(file + "@");
        assertThat(got.warnings).singleElement().asString()
                .contains("2 HTML page(s) read, 4 other WARC record(s) skipped")
                .contains("request=1", "warcinfo=1", "response (image/png)=1", "response (HTTP 404)=1");
    }

    @Test
    void warcCodesLikeTheSameHtmlFile() throws IOException {
        Path warc = crawl("crawl.warc.gz", WarcCompression.GZIP);
        Path html = Files.writeString(dir.resolve("goma-clash.html"), page("Clash near Goma", "2024-03-18T10:00:00Z", GOMA));
        read(warc, html);
        Article fromWarc = got.articles.get(0);
        Article fromFile = got.articles.get(2);
        assertThat(fromWarc.text()).isEqualTo(fromFile.text());
        assertThat(fromWarc.title()).isEqualTo(fromFile.title());
        assertThat(fromWarc.published()).isEqualTo(fromFile.published());
    }

    /** Byte offsets of each record, as jwarc reports them. */
    private static List<Long> offsets(Path file) throws IOException {
        List<Long> out = new ArrayList<>();
        try (WarcReader r = new WarcReader(file)) {
            for (WarcRecord ignored : r) {
                out.add(r.position());
            }
        }
        return out;
    }

    private Path whole(WarcCompression compression) {
        return dir.resolve("whole" + compression + ".warc" + (compression == WarcCompression.GZIP ? ".gz" : ""));
    }

    /** A crawl whose record {@code k} is cut in half; the records after it are kept unless {@code tail}. */
    private Path cut(WarcCompression compression, int k, boolean tail) throws IOException {
        Path whole = crawl(whole(compression).getFileName().toString(), compression);
        List<Long> at = offsets(whole);
        byte[] all = Files.readAllBytes(whole);
        long end = k + 1 < at.size() ? at.get(k + 1) : all.length;
        int mid = (int) (at.get(k) + (end - at.get(k)) / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(all, 0, mid);
        if (!tail) {
            out.write(all, (int) end, all.length - (int) end);
        }
        Path file = dir.resolve("cut-" + k + (tail ? "-tail" : "") + whole.getFileName());
        Files.write(file, out.toByteArray());
        return file;
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void aRecordCutInTheMiddleOfTheFileIsNamedAndTheRestIsRead(WarcCompression compression) throws IOException {
        Path file = cut(compression, 2, false);
        read(file);
        assertThat(got.rejected).singleElement().satisfies(e -> {
            assertThat(e.input()).startsWith(file + "@" + offsets(whole(compression)).get(2));
            assertThat(e.getMessage()).containsAnyOf("truncated", "corrupt").contains("reading on from the next record");
        });
        assertThat(got.articles).extracting(Article::id).containsExactly("https://news.example/kinshasa-arrests");
    }

    @ParameterizedTest
    @EnumSource(WarcCompression.class)
    void aTruncatedLastRecordIsNamed(WarcCompression compression) throws IOException {
        Path file = cut(compression, 3, true);
        read(file);
        assertThat(got.articles).extracting(Article::id).containsExactly("https://news.example/goma-clash");
        assertThat(got.rejected).singleElement().satisfies(e -> {
            assertThat(e.input()).startsWith(file + "@" + offsets(whole(compression)).get(3));
            assertThat(e.getMessage()).containsAnyOf("truncated", "corrupt");
        });
    }

    @Test
    void aFileThatIsNoWarcIsRejectedByName() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.warc"), "these are my notes, not an archive\n");
        read(file);
        assertThat(got.articles).isEmpty();
        assertThat(got.rejected).isNotEmpty().allSatisfy(e -> assertThat(e.input()).startsWith(file.toString()));
    }
}
