package io.plantrail.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * mongo-java-server's H2 file store, as the library writes it, with the one thing plantrail adds:
 * MongoDB's journaling promise. H2 commits here only, between whole write commands, and a write
 * sent with {@code j: true} or {@code w: "majority"} is answered only once it is committed and
 * synced to disk. Left to itself, H2 commits in the background every second and whenever its unsaved pages
 * pass a size (both off here), which can put the first events of a change on the disk without the
 * rest.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "create", "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    private static final long COMMIT_OTHERS_NANOS = TimeUnit.SECONDS.toNanos(1);
    /**
     * The page cache. The store uses no index but {@code _id} and unique ones, so the event
     * processor's "what is new since my position" reads the whole event log: with H2's default
     * 16 MB it read it from the file each time.
     */
    private static final int CACHE_MB = 128;
    private static final int DEAD_CHUNK_RETENTION_MILLIS = 1_000;
    private static final int REWRITE_BELOW_FILL_RATE = 50;
    private static final int REWRITE_TO_FILL_RATE = 80;
    private static final int REWRITE_BYTES = 1024 * 1024;

    private final MVStore store;
    private final Object oneWriteAtATime = new Object();
    private long lastCommit = System.nanoTime();

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    /** Opens the store in this file; after a crash, H2 opens it at its last synced commit. */
    static DurableH2Backend open(String file) {
        MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(0)
                .cacheSize(CACHE_MB).open();
        store.setRetentionTime(DEAD_CHUNK_RETENTION_MILLIS);
        refuseOwnFormat(store, file);
        return new DurableH2Backend(store);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!WRITE_COMMANDS.contains(command.toLowerCase())) {
            return super.handleCommand(channel, database, command, query);
        }
        boolean durable = asksForDurability(query);
        synchronized (oneWriteAtATime) {
            try {
                return super.handleCommand(channel, database, command, query);
            } finally {
                // what a failed command did store stays, as on MongoDB; the read side's writes, which
                // it can redo, share a commit a second
                if (durable || System.nanoTime() - lastCommit > COMMIT_OTHERS_NANOS) {
                    commitWhole();
                }
            }
        }
    }

    /**
     * Every commit is synced before the next begins, so a chunk left with nothing live can be
     * reused after a second rather than H2's 45 s, which allows for commits the disk may not yet
     * hold. H2's background writer, off here, would also rewrite the live pages of mostly dead
     * chunks; the commit does that itself, a little at a time. Without both, every commit left
     * most of an older chunk dead and the file grew by about 100 KB a change.
     */
    private void commitWhole() {
        store.commit();
        if (store.getFileStore().getChunksFillRate() < REWRITE_BELOW_FILL_RATE) {
            store.compact(REWRITE_TO_FILL_RATE, REWRITE_BYTES);
            store.commit();
        }
        store.sync();
        lastCommit = System.nanoTime();
    }

    private static boolean asksForDurability(Document command) {
        if (!(command.get("writeConcern") instanceof Document concern)) {
            return false;
        }
        return Boolean.TRUE.equals(concern.get("j")) || Boolean.TRUE.equals(concern.get("fsync"))
                || "majority".equals(concern.get("w"));
    }

    /**
     * Releases before this one wrote documents in a value format of their own, which this H2 reads
     * as a corrupt file. Such a store is refused at start, with the way to move it, rather than
     * failing at its first read.
     */
    private static void refuseOwnFormat(MVStore store, String file) {
        for (String name : store.getMapNames()) {
            if (!name.startsWith("databases.")) {
                continue;
            }
            try {
                MVMap<Object, Object> documents = store.openMap(name);
                Object first = documents.firstKey();
                if (first != null) {
                    documents.get(first);
                }
            } catch (MVStoreException | IllegalArgumentException | ClassCastException e) {
                store.closeImmediately();
                throw new IllegalStateException("The store " + file + " was written by a plantrail release before the"
                        + " embedded store kept the library's own file format. Move it with that release's"
                        + " 'export DIR' and this release's 'restore DIR' (docs/operations.md, 'Moving a store').", e);
            }
        }
    }
}
