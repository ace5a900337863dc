package io.plantrail.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The embedded file store with MongoDB's journaling promise: a write sent with {@code j: true}
 * or {@code w: "majority"} is answered only once it is committed and synced to disk. Other writes
 * (the read side, which is rebuilt from the log) reach the disk with the next sync or within a second.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "create", "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    /** The page cache: the default 16 MB makes every scan of the event log read pages from the file again. */
    private static final int CACHE_MB = 256;

    /**
     * How long a chunk with no live pages is kept before its space is reused. H2's default, 45 s, is
     * there for writes the operating system may not yet have put on the disk; every commit here is
     * synced before the next one starts, so one second is ample, and 45 s of dead chunks under
     * load made the file several times its live size.
     */
    private static final int DEAD_CHUNK_RETENTION_MILLIS = 1_000;

    private final GroupCommit commits;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.commits = new GroupCommit(store);
    }

    /**
     * Opens (or recovers, after a crash, to its last synced commit) the store in this file. Only
     * {@link GroupCommit} commits: H2 would otherwise commit from inside whichever write took its
     * estimate of unsaved page memory past 19 MB (about 10 MB of events), leaving half a command on
     * the disk.
     */
    static DurableH2Backend open(String file) {
        StoreFileCompaction.compactIfMostlyFree(Path.of(file));
        MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(0)
                .cacheSize(CACHE_MB).open();
        store.setRetentionTime(DEAD_CHUNK_RETENTION_MILLIS);
        CompactMaps.openAll(store);
        return new DurableH2Backend(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new CompactH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!WRITE_COMMANDS.contains(command.toLowerCase())) {
            return super.handleCommand(channel, database, command, query);
        }
        Document answer = commits.write(() -> super.handleCommand(channel, database, command, query));
        if (asksForDurability(query)) {
            commits.awaitDurable();
        }
        return answer;
    }

    private static boolean asksForDurability(Document command) {
        if (!(command.get("writeConcern") instanceof Document concern)) {
            return false;
        }
        return Boolean.TRUE.equals(concern.get("j")) || Boolean.TRUE.equals(concern.get("fsync"))
                || "majority".equals(concern.get("w"));
    }

    @Override
    public void close() {
        commits.close();
        super.close();
    }
}
