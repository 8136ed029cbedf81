package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids that cannot collide: a file's id is its path relative to the ingested root ({@code /}
 * between folders, the file name without its extension, as the contract names a file's article) plus
 * {@code #} and the first 12 hex digits of the SHA-256 of its bytes (so a text and an HTML sibling differ
 * unless their bytes are the same); standard input's id is {@code stdin#} and that hash. A JSON Lines record keeps its own {@code id}.
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
        return name + "#" + hash(bytes);
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
