package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.article.InputException;

/**
 * Reads every article from the given inputs: files, directories (recursively, in name order) or
 * {@code -} for standard input. The format is chosen by extension ({@code .jsonl}, {@code .ndjson},
 * {@code .html}, {@code .htm}, {@code .warc}, {@code .warc.gz}) and else by content (HTML, the seed's
 * {@code date YYYY-MM-DD headline} first line, or plain text). A WARC archive is streamed record by record
 * ({@code --max-bytes} then limits each page, not the file). Each bad input goes to the sink's reject, and
 * reading goes on.
 */
public final class ArticleReader {
    private final IngestOptions options;

    public ArticleReader(IngestOptions options) {
        this.options = options;
    }

    public void read(List<String> inputs, ArticleSink sink) {
        ArticleSink bounded = new BoundedSink(new ArticleBounds(options), sink);
        for (String input : inputs) {
            if ("-".equals(input)) {
                readStdin(System.in, bounded);
            } else {
                readPath(Path.of(input), bounded);
            }
        }
    }

    void readStdin(InputStream in, ArticleSink sink) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                sink.reject(new InputException("-", "standard input is larger than the limit of "
                        + options.maxBytes() + " bytes (see --max-bytes)"));
                return;
            }
            parse(ArticleIds.ofStdin(bytes), "-", bytes, Format.SNIFF, sink);
        } catch (IOException e) {
            sink.reject(new InputException("-", "cannot read standard input: " + e.getMessage()));
        }
    }

    private void readPath(Path path, ArticleSink sink) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            sink.reject(new InputException(path.toString(), Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && ArticleIds.isLoop(path) ? "symbolic link loop (the link leads back to itself)"
                    : "symbolic link to a file that does not exist"));
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            } catch (java.io.UncheckedIOException e) {
                sink.reject(new InputException(path.toString(), e.getCause() instanceof java.nio.file.FileSystemLoopException
                        ? "symbolic link loop inside the directory (" + e.getCause().getMessage() + ")"
                        : "cannot list directory: " + e.getCause().getMessage()));
                return;
            } catch (IOException e) {
                sink.reject(new InputException(path.toString(), "cannot list directory: " + e.getMessage()));
                return;
            }
            if (files.isEmpty()) {
                sink.reject(new InputException(path.toString(), "directory holds no files"));
            }
            files.forEach(f -> readFile(f, path, sink));
        } else {
            Path parent = path.toAbsolutePath().getParent();
            readFile(path, parent == null ? path : parent, sink);
        }
    }

    void readFile(Path file, ArticleSink sink) {
        Path parent = file.toAbsolutePath().getParent();
        readFile(file, parent == null ? file : parent, sink);
    }

    /** Reads one file; its id is its path relative to {@code root} plus a hash of its bytes. */
    void readFile(Path file, Path root, ArticleSink sink) {
        String origin = file.toString();
        try {
            if (!Files.exists(file)) {
                throw new InputException(origin, "no such file or directory");
            }
            if (!Files.isReadable(file)) {
                throw new InputException(origin, "file is not readable (permission denied)");
            }
            if (WarcArticleReader.isWarc(file.getFileName().toString().toLowerCase(Locale.ROOT))) {
                new WarcArticleReader(options).read(file, sink);
                return;
            }
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                throw new InputException(origin, "file is " + size + " bytes, over the limit of "
                        + options.maxBytes() + " bytes (see --max-bytes)");
            }
            byte[] bytes = Files.readAllBytes(file);
            parse(ArticleIds.ofFile(file, root, bytes), origin, bytes, formatOf(file), sink);
        } catch (InputException e) {
            sink.reject(e);
        } catch (IOException e) {
            sink.reject(new InputException(origin, "cannot read file: " + e.getMessage()));
        }
    }

    /**
     * Reads one file whose content was fetched elsewhere (a Hadoop file system, an object store): {@code name}
     * is its path or URI, which gives the format, the article id and the origin in messages, as for a local
     * file. A WARC archive is copied to a local temporary file first, because it is read by seeking.
     */
    public void readContent(String name, InputStream in, ArticleSink sink) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        try {
            if (WarcArticleReader.isWarc(fileName.toLowerCase(Locale.ROOT))) {
                Path local = Files.createTempFile("sitrep-", fileName.toLowerCase(Locale.ROOT).endsWith(".gz")
                        ? ".warc.gz" : ".warc");
                try {
                    Files.copy(in, local, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    new WarcArticleReader(options).read(local, name, sink);
                } finally {
                    Files.deleteIfExists(local);
                }
                return;
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                sink.reject(new InputException(name, "file is over the limit of " + options.maxBytes()
                        + " bytes (see --max-bytes)"));
                return;
            }
            parse(idOf(fileName), name, bytes, formatOf(fileName), sink);
        } catch (IOException e) {
            sink.reject(new InputException(name, "cannot read file: " + e.getMessage()));
        }
    }

    private void parse(String id, String origin, byte[] bytes, Format format, ArticleSink sink) {
        try {
            if (bytes.length == 0) {
                throw new InputException(origin, "empty file");
            }
            String text = TextDecoding.decode(bytes, origin, format == Format.HTML || format == Format.SNIFF);
            Format actual = format == Format.SNIFF ? sniff(text) : format;
            switch (actual) {
                case JSONL -> JsonLinesParser.parse(text, origin, options, sink);
                case HTML -> sink.accept(HtmlArticleParser.parse(id, text, origin, options, sink));
                default -> sink.accept(TextArticleParser.parse(id, text, origin, options, sink));
            }
        } catch (InputException e) {
            sink.reject(e);
        }
    }

    private static Format sniff(String text) {
        String head = text.stripLeading();
        if (head.startsWith("{")) {
            return Format.JSONL;
        }
        return HtmlArticleParser.looksLikeHtml(text) ? Format.HTML : Format.TEXT;
    }

    private static Format formatOf(Path file) {
        return formatOf(file.getFileName().toString());
    }

    private static Format formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        return Format.SNIFF;
    }

    /** File name without its extension: the contract's article id for a file read as a stream. */
    private static String idOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private enum Format { TEXT, JSONL, HTML, SNIFF }
}
