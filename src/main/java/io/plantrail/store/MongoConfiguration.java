package io.plantrail.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One MongoDB for everything: the embedded server by default, {@code MONGODB_URI} when set. Every
 * write is acknowledged only once a majority of the replica set has it in its journal (on the
 * embedded store: once it is synced to disk); the read side relaxes this for its own collections.
 * Settings in the URI win over these defaults.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(StoreProperties properties, ObjectProvider<CommandListener> listeners) {
        if (!properties.usesEmbeddedServer()) {
            return new MongoConnection(client(properties.uri(), listeners), null);
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.start(properties);
        return new MongoConnection(client(server.connectionString(), listeners), server);
    }

    private static MongoClient client(String uri, ObjectProvider<CommandListener> listeners) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .retryWrites(true)
                .applyConnectionString(new ConnectionString(uri));
        listeners.orderedStream().forEach(settings::addCommandListener);
        return MongoClients.create(settings.build());
    }

    @Bean
    MongoClient mongoClient(MongoConnection connection) {
        return connection.client();
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, StoreProperties properties) {
        return client.getDatabase(properties.database());
    }

    /** Closes the client before the embedded server it talks to. */
    record MongoConnection(MongoClient client, EmbeddedMongoServer server) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            if (server != null) {
                server.close();
            }
        }
    }
}
