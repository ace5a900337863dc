package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.URI;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Another process on the machine cannot use the embedded store's port without this run's password. */
class EmbeddedStoreSignInTest {

    @Test
    void onlyTheApplicationsOwnConnectionIsAnswered() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(
                new StoreProperties(null, "plantrail", StoreProperties.EmbeddedMode.MEMORY, null))) {
            URI address = URI.create(server.connectionString());
            assertThat(address.getHost()).isEqualTo("127.0.0.1");
            try (MongoClient application = MongoClients.create(server.connectionString())) {
                application.getDatabase("plantrail").getCollection("person_keys").insertOne(new Document("_id", "P-1"));
            }

            String withoutPassword = "mongodb://127.0.0.1:" + address.getPort() + "/?serverSelectionTimeoutMS=5000";
            try (MongoClient stranger = MongoClients.create(withoutPassword)) {
                assertThatThrownBy(() -> stranger.getDatabase("plantrail").getCollection("person_keys").find().first())
                        .isInstanceOf(MongoCommandException.class).hasMessageContaining("requires authentication");
                assertThatThrownBy(() -> stranger.getDatabase("plantrail").getCollection("domainevents").insertOne(new Document()))
                        .isInstanceOf(MongoCommandException.class).hasMessageContaining("requires authentication");
            }

            String wrongPassword = "mongodb://plantrail:guess@127.0.0.1:" + address.getPort()
                    + "/?authMechanism=PLAIN&authSource=$external&serverSelectionTimeoutMS=5000";
            try (MongoClient guesser = MongoClients.create(wrongPassword)) {
                assertThatThrownBy(() -> guesser.getDatabase("plantrail").getCollection("person_keys").find().first())
                        .isInstanceOf(MongoSecurityException.class);
            }
        }
    }
}
