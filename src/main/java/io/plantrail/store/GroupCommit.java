package io.plantrail.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the embedded store to disk and syncs it, for every write that asked to be durable.
 * Writers that arrive while a sync is under way share the next one, so a burst of changes costs
 * one sync, not one each. A commit never lands in the middle of a write: each write command
 * holds the shared side of a lock, a commit the exclusive side, so what reaches the disk is
 * always a whole number of commands (the events of one change, one insert, are all or nothing;
 * the driver splits an insert at 1,000 documents or about 16 MB). H2 does not commit on its own: see
 * {@link DurableH2Backend#open}.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final long BACKGROUND_COMMIT_MILLIS = 1_000;
    private static final long DURABLE_WAIT_SECONDS = 60;
    /** Chunks whose live share is below this are rewritten, under load too: no more than a second apart. */
    private static final int REWRITE_BELOW_CHUNK_FILL_RATE = 50;
    private static final int REWRITE_TO_FILL_RATE = 80;
    private static final int REWRITE_BYTES = 1024 * 1024;
    private static final long REWRITE_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final MVStore store;
    private final ReadWriteLock commandsVersusCommit = new ReentrantReadWriteLock();
    private final Thread flusher;
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private volatile boolean open = true;
    private long lastRewrite = System.nanoTime();

    GroupCommit(MVStore store) {
        this.store = store;
        this.flusher = new Thread(this::flushUntilClosed, "embedded-store-sync");
        this.flusher.setDaemon(true);
        this.flusher.start();
    }

    /** Runs one write command; no commit can start until it has finished. */
    <T> T write(Supplier<T> command) {
        commandsVersusCommit.readLock().lock();
        try {
            return command.get();
        } finally {
            commandsVersusCommit.readLock().unlock();
        }
    }

    /** Returns once everything written before the call is committed and synced to disk. */
    void awaitDurable() {
        CompletableFuture<Void> synced = new CompletableFuture<>();
        synchronized (this) {
            if (!open) {
                throw new IllegalStateException("The embedded store is closed; the write may not be on disk");
            }
            waiting.add(synced);
            notifyAll();
        }
        try {
            synced.get(DURABLE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the disk", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The embedded store could not be synced to disk", e);
        }
    }

    private void flushUntilClosed() {
        while (open) {
            List<CompletableFuture<Void>> batch = nextBatch();
            try {
                commitAndSync();
                batch.forEach(synced -> synced.complete(null));
                rewriteSparseChunks();
            } catch (RuntimeException e) {
                log.error("Could not write the embedded store to disk; changes are refused until it can", e);
                batch.forEach(synced -> synced.completeExceptionally(e));
            }
        }
    }

    private synchronized List<CompletableFuture<Void>> nextBatch() {
        if (waiting.isEmpty() && open) {
            try {
                wait(BACKGROUND_COMMIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                open = false;
            }
        }
        List<CompletableFuture<Void>> batch = waiting;
        waiting = new ArrayList<>();
        return batch;
    }

    private void commitAndSync() {
        if (store.isClosed()) {
            throw new IllegalStateException("The embedded store is closed");
        }
        commandsVersusCommit.writeLock().lock();
        try {
            if (!store.hasUnsavedChanges()) {
                return;
            }
            store.commit();
        } finally {
            commandsVersusCommit.writeLock().unlock();
        }
        store.sync();
    }

    /**
     * Every commit writes the pages it touched to a new chunk, leaving dead pages in older chunks,
     * and a chunk's space is reused only once all of it is dead. Without rewriting the live pages of
     * mostly dead chunks the file grew by 50-100 KB per change. Done after the waiting writers have
     * been answered, bounded in bytes, between commands (a rewrite commits what is in memory).
     * The file is not shortened by moving chunks ({@code compactFile}): H2's chunk move failed its
     * own free-space assertion in our tests once dead chunks were freed after 1 s, and the space
     * freed inside the file is reused by the next chunks anyway.
     */
    private void rewriteSparseChunks() {
        if (store.isClosed() || System.nanoTime() - lastRewrite < REWRITE_EVERY_NANOS
                || store.getFileStore().getChunksFillRate() >= REWRITE_BELOW_CHUNK_FILL_RATE) {
            return;
        }
        lastRewrite = System.nanoTime();
        commandsVersusCommit.writeLock().lock();
        try {
            store.compact(REWRITE_TO_FILL_RATE, REWRITE_BYTES);
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        } finally {
            commandsVersusCommit.writeLock().unlock();
        }
        store.sync();
    }

    /** Stops the flusher after a last commit; the caller closes the store. */
    @Override
    public void close() {
        synchronized (this) {
            open = false;
            notifyAll();
        }
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(DURABLE_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<CompletableFuture<Void>> last = nextBatch();
        commitAndSync();
        last.forEach(synced -> synced.complete(null));
    }
}
