package io.plantrail.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;

/**
 * The read side's writes. While the projection works through a batch of events, they are held
 * and sent together, one bulk write per collection, when the batch's last event has been
 * handled ({@link ReadSideFlush}): before the processor stores its token, so a crash can only
 * make it apply the batch again, onto writes that are idempotent. Outside a batch (checking the
 * read side against the log) each write is sent at once.
 */
@org.springframework.stereotype.Component
final class ReadSideWriter {

    private final Map<String, MongoCollection<Document>> collections = new LinkedHashMap<>();
    private final String resourceKey = "plantrail.readSideWrites@" + System.identityHashCode(this);

    ReadSideWriter(MongoDatabase database) {
        for (String name : List.of(EntityVersions.COLLECTION, ChangeLog.COLLECTION, PlanRecords.COLLECTION)) {
            collections.put(name, ReadSideCollections.of(database, name));
        }
    }

    void write(String collection, WriteModel<Document> write) {
        Pending pending = pending();
        if (pending == null) {
            collections.get(collection).bulkWrite(List.of(write));
        } else {
            pending.writes.computeIfAbsent(collection, name -> new ArrayList<>()).add(write);
        }
    }

    /** Runs once the writes made so far are sent. */
    void afterwards(Runnable action) {
        Pending pending = pending();
        if (pending == null) {
            action.run();
        } else {
            pending.afterwards.add(action);
        }
    }

    /** Sends what the batch holds; the entity versions first, the plan's progress last. */
    void flush() {
        Pending pending = pending();
        if (pending == null) {
            return;
        }
        for (Map.Entry<String, MongoCollection<Document>> collection : collections.entrySet()) {
            List<WriteModel<Document>> writes = pending.writes.remove(collection.getKey());
            if (writes != null) {
                collection.getValue().bulkWrite(writes, new BulkWriteOptions().ordered(true));
            }
        }
        List<Runnable> afterwards = new ArrayList<>(pending.afterwards);
        pending.afterwards.clear();
        afterwards.forEach(Runnable::run);
    }

    private Pending pending() {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch) {
            return batch.getOrComputeResource(resourceKey, key -> new Pending());
        }
        return null;
    }

    private static final class Pending {
        private final Map<String, List<WriteModel<Document>>> writes = new LinkedHashMap<>();
        private final List<Runnable> afterwards = new ArrayList<>();
    }
}
