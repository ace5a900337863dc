package io.plantrail.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One MongoDB for everything: the embedded server by default, {@code MONGODB_URI} when set. */
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
