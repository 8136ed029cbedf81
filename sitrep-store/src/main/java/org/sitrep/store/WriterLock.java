package org.sitrep.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer rule for a DuckDB file that its writer opens only per batch: a lock file beside the database
 * ({@code FILE.writer.lock}, holding the writer's process id), locked with {@link FileChannel#tryLock()} for the
 * whole run. A second writer is refused at once, by name; readers ignore the lock file. The operating system
 * releases the lock when the process ends, however it ends (a SIGKILL too), so a stale file never blocks. The
 * file is left in place: deleting it would let two writers lock two different files. A store that is not a
 * file (PostgreSQL, DuckDB in memory) needs no lock.
 */
public final class WriterLock implements AutoCloseable {
    private static final WriterLock NONE = new WriterLock(null, null);

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file beside a database file. */
    public static Path lockFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".writer.lock");
    }

    /** Takes the writer lock of the store, or throws a {@link StoreException} naming the process that holds it. */
    public static WriterLock take(StoreLocation location) {
        if (location.file() == null) {
            return NONE;
        }
        Path dir = location.file().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new StoreException(location.display(), "the directory " + dir + " does not exist");
        }
        Path file = lockFile(location.file());
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(location.display(), "cannot write the lock file " + file + " beside it ("
                    + e.getMessage() + ")", e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new StoreException(location.display(), "the database file is locked by another process"
                        + " (sitrep ingest" + (holder.isEmpty() ? "" : ", pid " + holder) + ", is writing it);"
                        + " wait for it or use another --db");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new WriterLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(location.display(), "cannot lock " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            int n = channel.read(b, 0);
            return n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
