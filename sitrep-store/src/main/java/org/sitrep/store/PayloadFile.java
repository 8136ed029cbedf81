package org.sitrep.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes a {@link MentionIndex} keeps per mention (its stored API JSON and lowered evidence sentence) outside
 * the Java heap: written once to a temporary file, mapped into memory read-only, and the file deleted at once
 * (the mapping keeps it until the process ends or the mapping is collected; nothing is left behind after a
 * crash). The operating system keeps the pages in its cache, or drops and rereads them under memory pressure.
 */
final class PayloadFile {
    private static final long SEGMENT = 1L << 30;

    private final MappedByteBuffer[] segments;

    private PayloadFile(MappedByteBuffer[] segments) {
        this.segments = segments;
    }

    /** Appends byte arrays to the temporary file; {@link #finish} maps it. */
    static final class Writer {
        private final Path path;
        private final OutputStream out;
        private long size;

        Writer() {
            try {
                path = Files.createTempFile("sitrep-index-", ".bin");
                out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.WRITE), 1 << 20);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the index's temporary file", e);
            }
        }

        /** Writes the bytes; answers their offset. */
        long append(byte[] bytes) {
            long at = size;
            try {
                out.write(bytes);
            } catch (IOException e) {
                abandon();
                throw new UncheckedIOException("cannot write the index's temporary file " + path, e);
            }
            size += bytes.length;
            return at;
        }

        PayloadFile finish() {
            try {
                out.close();
                List<MappedByteBuffer> maps = new ArrayList<>();
                try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                    for (long from = 0; from < size; from += SEGMENT) {
                        maps.add(ch.map(FileChannel.MapMode.READ_ONLY, from, Math.min(SEGMENT, size - from)));
                    }
                }
                return new PayloadFile(maps.toArray(new MappedByteBuffer[0]));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot map the index's temporary file " + path, e);
            } finally {
                abandon();
            }
        }

        void abandon() {
            try {
                out.close();
            } catch (IOException ignored) {
                // deleting it is what matters
            }
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        }
    }

    /** {@code length} bytes from {@code at}. */
    byte[] read(long at, int length) {
        byte[] out = new byte[length];
        int done = 0;
        while (done < length) {
            long pos = at + done;
            MappedByteBuffer seg = segments[(int) (pos / SEGMENT)];
            int off = (int) (pos % SEGMENT);
            int n = Math.min(length - done, seg.limit() - off);
            seg.get(off, out, done, n);
            done += n;
        }
        return out;
    }

    /** The byte at {@code at}. */
    byte get(long at) {
        return segments[(int) (at / SEGMENT)].get((int) (at % SEGMENT));
    }
}
