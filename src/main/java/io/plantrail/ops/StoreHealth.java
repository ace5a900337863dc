package io.plantrail.ops;

import com.mongodb.client.MongoDatabase;
import io.plantrail.store.StoreProperties;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The MongoDB store answers a ping. */
@Component("storeHealthIndicator")
class StoreHealth implements HealthIndicator {

    private final MongoDatabase database;
    private final StoreProperties store;

    StoreHealth(MongoDatabase database, StoreProperties store) {
        this.database = database;
        this.store = store;
    }

    @Override
    public Health health() {
        database.runCommand(new Document("ping", 1));
        return Health.up()
                .withDetail("store", store.usesEmbeddedServer() ? "embedded " + store.embedded().name().toLowerCase() : "MongoDB")
                .withDetail("database", store.database())
                .build();
    }
}
