package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids: a file's id is the contract's, the file name without its extension, prefixed by its folders
 * relative to the ingested root ({@code /} between them) when it is not at the top, so same-named files
 * in different folders differ; standard input's id is {@code stdin#} and the first 12 hex digits of the
 * SHA-256 of its bytes. A JSON Lines record keeps its own {@code id}. Ids that still meet (a text and an
 * HTML sibling, a JSON Lines id reused by another file) are told apart by the store (see Admission).
 */
public final class ArticleIds {
    private static final int HASH_DIGITS = 12;

    private ArticleIds() {
    }

    static String ofFile(Path file, Path root, byte[] bytes) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : absolute.getFileName();
        String name = relative.toString().replace('\\', '/');
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot > slash + 1) {
            name = name.substring(0, dot);
        }
        return name;
    }

    static String ofStdin(byte[] bytes) {
        return "stdin#" + hash(bytes);
    }

    /** The first 12 hex digits of the SHA-256 of the bytes. */
    public static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    /** True when following the link never ends (a loop of symbolic links). */
    static boolean isLoop(Path link) {
        try {
            link.toRealPath();
            return false;
        } catch (FileSystemException e) {
            return e.getReason() != null && e.getReason().contains("levels of symbolic links");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
