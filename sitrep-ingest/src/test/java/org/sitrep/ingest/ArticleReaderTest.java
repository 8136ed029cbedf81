package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.Article;
import org.sitrep.article.InputException;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final Collected got = new Collected();

    private static final class Collected implements ArticleSink {
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

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private void read(IngestOptions options, Path... paths) {
        List<String> inputs = new ArrayList<>();
        for (Path p : paths) {
            inputs.add(p.toString());
        }
        new ArticleReader(options).read(inputs, got);
    }

    @Test
    void seedFormatGivesDateHeadlineAndBodyAfterTheFirstLine() throws IOException {
        Path p = write("000_abc.txt", "  date 2021-07-08 Militia bars attacks\n\nRockets hit Baghdad on Thursday.\n");
        read(IngestOptions.defaults(), p);
        assertThat(got.rejected).isEmpty();
        Article a = got.articles.get(0);
        assertThat(a.id()).isEqualTo("000_abc");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 7, 8));
        assertThat(a.title()).isEqualTo("Militia bars attacks");
        assertThat(a.text()).isEqualTo("\nRockets hit Baghdad on Thursday.\n");
    }

    @Test
    void plainTextTakesTheDateFromOptionsOrWarns() throws IOException {
        Path p = write("wire.txt", "Troops shelled the village.");
        read(IngestOptions.defaults(), p);
        assertThat(got.articles.get(0).published()).isNull();
        assertThat(got.warnings).singleElement().asString().contains("wire.txt").contains("no publication date");

        Collected second = new Collected();
        new ArticleReader(new IngestOptions(1000, LocalDate.of(2024, 1, 2))).read(List.of(p.toString()), second);
        assertThat(second.articles.get(0).published()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(second.warnings).isEmpty();
    }

    @Test
    void jsonLinesKeepsGoodLinesAndNamesBadOnesByLine() throws IOException {
        Path p = write("batch.jsonl", """
                {"id":"a1","text":"Police arrested ten protesters.","published":"2024-01-02T10:00:00Z","url":"u","source":"s"}
                {"id":"a2", broken
                {"id":"a3","text":"   "}
                {"id":"a4","text":"Rebels shelled the town.","published":"2024-13-40"}
                {"text":"no id"}
                {"id":"a6","text":"Talks were held.","title":"T"}
                """);
        read(IngestOptions.defaults(), p);
        assertThat(got.articles).extracting(Article::id).containsExactly("a1", "a6");
        assertThat(got.articles.get(0).published()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(got.articles.get(0).url()).isEqualTo("u");
        assertThat(got.rejected).extracting(InputException::input).containsExactly(
                p + ":2", p + ":3", p + ":4", p + ":5");
        assertThat(got.rejected.get(0).problem()).startsWith("malformed JSON");
        assertThat(got.rejected.get(1).problem()).contains("empty article");
        assertThat(got.rejected.get(2).problem()).contains("bad date '2024-13-40'");
        assertThat(got.rejected.get(3).problem()).contains("missing \"id\"");
    }

    @Test
    void htmlKeepsTheArticleAndDropsNavigationAndFooter() throws IOException {
        String para = "Security forces clashed with armed men in the northern town on Sunday, officials said. ";
        Path p = write("page.html", """
                <!DOCTYPE html><html><head><title>Site | Clashes in the north</title>
                <meta property="og:title" content="Clashes in the north">
                <meta property="article:published_time" content="2023-05-07T08:30:00+00:00">
                </head><body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Subscribe now</li></ul></nav>
                <article><h1>Clashes in the north</h1>
                <p>%s</p><p>%s</p><p>%s</p>
                </article>
                <footer>Copyright 2023 Example News. All rights reserved. Privacy policy. Cookie settings.</footer>
                </body></html>
                """.formatted(para.repeat(2), para.repeat(2), para.repeat(2)));
        read(IngestOptions.defaults(), p);
        assertThat(got.rejected).isEmpty();
        Article a = got.articles.get(0);
        assertThat(a.title()).isEqualTo("Clashes in the north");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 5, 7));
        assertThat(a.text()).contains("Security forces clashed with armed men").doesNotContain("Subscribe now")
                .doesNotContain("Cookie settings");
        assertThat(a.text()).as("the headline is the title, not text; paragraphs are blocks of their own")
                .startsWith("Security forces clashed").contains("officials said.\n\nSecurity forces");
    }

    @Test
    void badFilesAreRejectedByNameAndTheRestIsRead() throws IOException {
        write("d/empty.txt", "");
        Files.write(dir.resolve("d/blob.bin"), new byte[] {1, 2, 0, 3, 4});
        Files.write(dir.resolve("d/latin1.txt"), "Caf\u00e9 attack".getBytes(StandardCharsets.ISO_8859_1));
        write("d/sub/good.txt", "date 2024-02-02 Good\nThe army attacked rebels.");
        write("d/baddate.txt", "date 2024-02-30 Bad date\nText.");
        write("d/onlyheader.txt", "date 2024-02-02 Nothing else\n   \n");
        read(IngestOptions.defaults(), dir.resolve("d"), dir.resolve("missing.txt"));
        assertThat(got.articles).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("sub/good"));
        assertThat(got.rejected).extracting(InputException::getMessage).containsExactlyInAnyOrder(
                dir.resolve("d/baddate.txt") + ":1: bad date '2024-02-30': no such day",
                dir.resolve("d/blob.bin") + ": binary file (contains NUL bytes), not text",
                dir.resolve("d/empty.txt") + ": empty file",
                dir.resolve("d/latin1.txt") + ": not valid UTF-8 text",
                dir.resolve("d/onlyheader.txt") + ": empty article (no text)",
                dir.resolve("missing.txt") + ": no such file or directory");
    }

    @Test
    void filesOverTheSizeLimitAreRejected() throws IOException {
        Path p = write("big.txt", "The army attacked. ".repeat(100));
        read(new IngestOptions(500, null), p);
        assertThat(got.articles).isEmpty();
        assertThat(got.rejected).singleElement().extracting(InputException::problem).asString()
                .contains("over the limit of 500 bytes");
    }

    @Test
    void standardInputIsSniffedForJsonLines() {
        ArticleReader reader = new ArticleReader(IngestOptions.defaults());
        reader.readStdin(new ByteArrayInputStream("{\"id\":\"x\",\"text\":\"Rebels attacked.\"}\n"
                .getBytes(StandardCharsets.UTF_8)), got);
        assertThat(got.articles).extracting(Article::id).containsExactly("x");
        assertThat(got.articles.get(0).origin()).isEqualTo("-:1");
    }

    @Test
    void aSymbolicLinkLoopIsCalledALoopNotAMissingFile() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        Path dangling = dir.resolve("dangling.txt");
        Files.createSymbolicLink(dangling, dir.resolve("gone.txt"));
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.createSymbolicLink(tree.resolve("up"), dir.resolve("tree"));
        Files.writeString(tree.resolve("ok.txt"), "date 2024-02-02 Ok\nThe army attacked rebels.");
        read(IngestOptions.defaults(), a, dangling, dir.resolve("tree"));
        assertThat(got.rejected).extracting(InputException::getMessage).containsExactly(
                a + ": symbolic link loop (the link leads back to itself)",
                dangling + ": symbolic link to a file that does not exist",
                dir.resolve("tree") + ": symbolic link loop inside the directory (" + tree.resolve("up") + ")");
    }

    @Test
    void theCharsetAPageDeclaresOrAByteOrderMarkIsHonouredAndOnlyUndecodableTextRejected() throws IOException {
        String para = "Soldiers clashed with militants near the caf\u00e9 in Mosul on Monday, killing four, "
                + "officials said in a statement to reporters gathered in the city. ";
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Clash</title></head><body><article><p>" + para + "\u201cWe fled,\u201d one said.</p><p>" + para
                + "</p></article></body></html>";
        Files.write(dir.resolve("legacy.html"), page.getBytes("windows-1252"));
        Files.write(dir.resolve("latin1.html"), page.replace("windows-1252", "iso-8859-1").replace("\u201c", "")
                .replace("\u201d", "").getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf16 = "date 2024-02-02 Bom\nThe army attacked rebels in Ar\u00e9valo.".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(dir.resolve("bom.txt"), withBom);
        byte[] bad = page.replace("windows-1252", "utf-8").getBytes("windows-1252");
        Files.write(dir.resolve("lies.html"), bad);
        Files.writeString(dir.resolve("unknown.html"), page.replace("windows-1252", "x-klingon"));
        read(IngestOptions.defaults(), dir.resolve("legacy.html"), dir.resolve("latin1.html"), dir.resolve("bom.txt"),
                dir.resolve("lies.html"), dir.resolve("unknown.html"));
        assertThat(got.articles).hasSize(3);
        assertThat(got.articles.get(0).text()).contains("caf\u00e9 in Mosul").contains("\u201cWe fled,\u201d");
        assertThat(got.articles.get(1).text()).contains("caf\u00e9 in Mosul");
        assertThat(got.articles.get(2).text()).isEqualTo("The army attacked rebels in Ar\u00e9valo.");
        assertThat(got.rejected).extracting(InputException::getMessage).containsExactly(
                dir.resolve("lies.html") + ": not valid UTF-8 text",
                dir.resolve("unknown.html") + ": the page declares an unknown charset 'x-klingon'");
    }
}
