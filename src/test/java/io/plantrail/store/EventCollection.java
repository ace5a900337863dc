package io.plantrail.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.util.function.Consumer;
import org.bson.Document;

/** The event log's collection on a store backend, served over the wire for one piece of work, then shut. */
final class EventCollection {

    private EventCollection() {
    }

    static void on(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.accept(client.getDatabase("plantrail").getCollection("domainevents"));
        } finally {
            server.shutdown();
        }
    }
}
