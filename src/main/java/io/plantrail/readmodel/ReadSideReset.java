package io.plantrail.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Empties the read side (keeping its indexes) so that the projection can build it again from the log. */
@Component
public class ReadSideReset {

    private final List<MongoCollection<Document>> collections;
    private final ReadSideProgress progress;
    private final EntityVersions versions;

    ReadSideReset(MongoDatabase database, ReadSideProgress progress, EntityVersions versions) {
        this.collections = List.of(ReadSideCollections.of(database, EntityVersions.COLLECTION),
                ReadSideCollections.of(database, ChangeLog.COLLECTION), ReadSideCollections.of(database, PlanRecords.COLLECTION));
        this.progress = progress;
        this.versions = versions;
    }

    public void clear() {
        collections.forEach(collection -> collection.deleteMany(new Document()));
        progress.forget();
        versions.forget();
    }
}
