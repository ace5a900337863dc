package io.plantrail.readmodel;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** One document per plan: its title and the last plan version the read side has caught up with. */
@Component
public class PlanRecords {

    static final String COLLECTION = "plans";

    private final MongoCollection<Document> plans;

    private final ReadSideWriter writer;

    PlanRecords(MongoDatabase database, ReadSideWriter writer) {
        this.plans = ReadSideCollections.of(database, COLLECTION);
        this.writer = writer;
    }

    void started(Change change, String title, String council) {
        writer.write(COLLECTION, new UpdateOneModel<>(eq("_id", change.planId()), Updates.combine(
                Updates.set("title", title), Updates.set("council", council),
                Updates.set("startedAt", change.time().toString())), new UpdateOptions().upsert(true)));
    }

    void caughtUpWith(Change change) {
        writer.write(COLLECTION, new UpdateOneModel<>(eq("_id", change.planId()), Updates.combine(
                Updates.max("version", change.planVersion()),
                Updates.set("lastChangedAt", change.time().toString())), new UpdateOptions().upsert(true)));
    }

    public List<Document> all() {
        return plans.find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    public Document find(String planId) {
        return plans.find(eq("_id", planId)).first();
    }

    /** The plan version the read side has reached, or 0 if it has not seen the plan. */
    public long version(String planId) {
        return versionOf(find(planId));
    }

    /** The plan version a plan record (one of {@link #all()}) shows, or 0 if there is none. */
    public static long versionOf(Document plan) {
        return plan == null || plan.get("version") == null ? 0 : plan.getLong("version");
    }

    public boolean isEmpty() {
        return plans.countDocuments() == 0;
    }
}
