package io.plantrail.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, before anything reads or writes it, a store file that is mostly free space is copied,
 * live data only, into a new file that then takes its place. H2 can also shorten a file in place by
 * moving its chunks, but that move failed H2's own free-space checks here, and a failure in the
 * middle of it would be in the only copy of the audit trail; a copy is never that. Until the new
 * file has replaced the old one by an atomic rename, the old one is untouched: a crash during the
 * copy leaves it as it was, and the half-made copy is removed at the next start.
 */
final class StoreFileCompaction {

    private static final Logger log = LoggerFactory.getLogger(StoreFileCompaction.class);
    /** Below this, the free space is not worth a copy at start. */
    private static final long SMALLEST_FILE_BYTES = 64L * 1024 * 1024;
    private static final int COPY_WHEN_LIVE_PERCENT_BELOW = 50;
    private static final int ENTRIES_PER_COMMIT = 20_000;

    private StoreFileCompaction() {
    }

    /** Copies {@code file} to a fresh file of its live data when it is 64 MB or more and less than half of it is live. */
    static void compactIfMostlyFree(Path file) {
        compactIfMostlyFree(file, SMALLEST_FILE_BYTES);
    }

    static void compactIfMostlyFree(Path file, long smallestFileBytes) {
        Path copy = file.resolveSibling(file.getFileName() + ".compacting");
        deleteIfExists(copy);
        if (!Files.exists(file) || size(file) < smallestFileBytes) {
            return;
        }
        long before = size(file);
        try (MVStore source = open(file)) {
            int livePercent = livePercent(source);
            if (livePercent >= COPY_WHEN_LIVE_PERCENT_BELOW) {
                return;
            }
            log.info("The store file is {} MB, about {} % of it live: copying its live data into a new file",
                    megabytes(before), livePercent);
            try (MVStore target = open(copy)) {
                source.getMapNames().forEach(name -> copyMap(source, target, name));
                target.commit();
                target.sync();
            }
        }
        replace(file, copy);
        log.info("The store file is now {} MB (was {} MB)", megabytes(size(file)), megabytes(before));
    }

    private static MVStore open(Path file) {
        return new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
    }

    private static int livePercent(MVStore store) {
        return store.getFileStore().getFillRate() * store.getFileStore().getChunksFillRate() / 100;
    }

    private static void copyMap(MVStore source, MVStore target, String name) {
        MVMap<Object, Object> from = CompactMaps.open(source, name);
        MVMap<Object, Object> to = CompactMaps.open(target, name);
        long copied = 0;
        for (Cursor<Object, Object> entries = from.cursor(null); entries.hasNext(); ) {
            Object key = entries.next();
            to.put(key, entries.getValue());
            if (++copied % ENTRIES_PER_COMMIT == 0) {
                target.commit();
            }
        }
    }

    /** The copy takes the file's name in one step, and the directory is synced so that the rename itself survives a crash. */
    private static void replace(Path file, Path copy) {
        try {
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                directory.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not put the compacted store file in place of " + file, e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / (1024.0 * 1024));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove an unfinished copy of the store file: " + file, e);
        }
    }
}
