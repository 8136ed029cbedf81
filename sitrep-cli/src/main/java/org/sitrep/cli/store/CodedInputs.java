package org.sitrep.cli.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.article.InputException;
import org.sitrep.export.CodedJsonLines;
import org.sitrep.model.CodedArticle;

/**
 * Splits {@code sitrep ingest}'s inputs into files of already-coded contract JSON Lines ({@code sitrep code}'s
 * or the Spark job's output: {@code OUT} itself or {@code OUT/jsonl}), stored as they are, and everything else,
 * which is coded first.
 *
 * @param coded  contract JSON Lines files, in name order
 * @param others the inputs left to read and code (as given, or the other files of a directory that held both)
 */
record CodedInputs(List<Path> coded, List<String> others) {
    static CodedInputs split(List<String> inputs) {
        List<Path> coded = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (input.equals("-") || !Files.exists(p)) {
                others.add(input);
            } else if (Files.isDirectory(p) && CodedJsonLines.isJobOutput(p)) {
                // a Spark job's OUT: its coded lines (their texts come from OUT/articles); not its Parquet or rejects
                files(p.resolve("jsonl")).stream().filter(CodedJsonLines::isCoded).forEach(coded::add);
            } else if (Files.isDirectory(p)) {
                List<Path> files = files(p);
                List<Path> mine = files.stream().filter(CodedJsonLines::isCoded).toList();
                coded.addAll(mine);
                if (mine.isEmpty()) {
                    others.add(input);
                } else {
                    files.stream().filter(f -> !mine.contains(f)).forEach(f -> others.add(f.toString()));
                }
            } else if (CodedJsonLines.isCoded(p)) {
                coded.add(p);
            } else {
                others.add(input);
            }
        }
        return new CodedInputs(List.copyOf(coded), List.copyOf(others));
    }

    /**
     * Reads every coded line, with its article record from the Spark job's {@code articles/} file when there is
     * one (read line for line beside it); a bad line goes to {@code rejects} and reading goes on.
     */
    void read(Consumer<CodedArticle> out, Consumer<InputException> rejects) {
        for (Path file : coded) {
            Path texts = CodedJsonLines.articlesOf(file);
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 BufferedReader articles = texts == null ? null : Files.newBufferedReader(texts, StandardCharsets.UTF_8)) {
                int n = 0;
                int m = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String article = null;
                    if (articles != null) {
                        do {
                            article = articles.readLine();
                            m++;
                        } while (article != null && article.isBlank());
                    }
                    try {
                        if (articles != null && article == null) {
                            throw new InputException(file + ":" + n, "no article record left in " + texts
                                    + " (the articles file does not match its jsonl file)");
                        }
                        out.accept(CodedJsonLines.read(line, file + ":" + n, article, texts + ":" + m));
                    } catch (InputException e) {
                        rejects.accept(e);
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                rejects.accept(new InputException(file.toString(), "cannot read file: " + e.getMessage()));
            }
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
