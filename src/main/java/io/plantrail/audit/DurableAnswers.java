package io.plantrail.audit;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Holds a change's answer until the change is on disk. The events are written without waiting
 * for the journal, so the plan is not held locked through a sync; before answering, the gateway
 * makes one journaled, majority write of its own. The store makes writes durable in the order it
 * took them (MongoDB's journal and the majority commit point both advance in that order; the
 * embedded store syncs whole commits), so once that write is durable every event stored before
 * it is too, and changes arriving together share one sync instead of taking turns at it.
 */
@Component
public class DurableAnswers {

    private static final String COLLECTION = "durable_answers";

    private final MongoCollection<Document> marks;

    DurableAnswers(MongoDatabase database) {
        this.marks = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    }

    /** Returns once everything this server has stored so far is durable. */
    public void awaitDurable() {
        marks.updateOne(eq("_id", "mark"), Updates.inc("count", 1L), new UpdateOptions().upsert(true));
    }
}
