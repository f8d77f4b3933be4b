package io.swarmsim.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One live run (or clean) at a time on a machine: an exclusive lock on {@code /run/swarmsim/live.lock}.
 * The kernel releases the lock when the process dies, however it dies, so a crash never leaves a
 * stale lock behind; the file says who holds it ({@code pid prefix}) for the refusal message. Two
 * runs at once would both create and delete namespaces of the same family and remove each
 * other's leftovers.
 */
public final class LiveLock implements AutoCloseable {
    /** Where the lock lives by default; {@code /run} is a tmpfs, so a reboot clears it. */
    public static final Path DEFAULT = Path.of("/run/swarmsim/live.lock");

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private LiveLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock for run {@code owner} (a prefix, or {@code clean}).
     *
     * @throws LiveException when another run holds it, naming that run
     */
    public static LiveLock acquire(Path file, String owner) {
        try {
            Files.createDirectories(file.getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // this JVM already holds it: a second run from the same process
            }
            if (l == null) {
                String holder = holder(file).orElse("another process");
                ch.close();
                throw new LiveException("another live run is active (" + holder + ", lock " + file
                        + "); wait for it to finish, or stop it (its teardown runs on Ctrl-C)");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " " + owner + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new LiveLock(file, ch, l);
        } catch (IOException e) {
            throw new LiveException("cannot take the live lock " + file + ": " + e.getMessage());
        }
    }

    /** Who holds (or last held) the lock: {@code pid N, run PREFIX}. */
    static Optional<String> holder(Path file) {
        try {
            String[] w = Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+");
            return w.length == 2 ? Optional.of("pid " + w[0] + ", run " + w[1]) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Removes the lock file while still holding the lock ({@code sim live clean} does this: it
     * leaves nothing of the live mode behind). A run does not: a process that opened the file just
     * before it vanished could then lock the unlinked file while a third locks a new one.
     */
    public void removeFile() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new LiveException("cannot remove " + file + ": " + e.getMessage());
        }
        try {
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            // not empty (someone keeps other files there) or already gone: the directory is not ours to force
        }
    }

    /** Releases the lock; the file stays (empty of meaning: nobody holds it). */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock dies with the channel; a file left behind is harmless and clean removes it
        }
    }
}
