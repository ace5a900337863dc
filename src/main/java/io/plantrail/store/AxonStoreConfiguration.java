package io.plantrail.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import io.plantrail.audit.ChainingStorageEngine;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's event store and token store on MongoDB. The starter of axon-mongo is not published
 * for Axon 4.11+, so the engine, token store and template are wired here.
 */
@Configuration(proxyBeanMethods = false)
class AxonStoreConfiguration {

    /** Events are written with the client's write concern: a majority, in the journal (on the embedded store: synced). */
    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, StoreProperties properties) {
        return DefaultMongoTemplate.builder().mongoDatabase(client.getDatabase(properties.database())).build();
    }

    /** Jackson 2 with java.time: Axon 4's JSON serializer, readable in the stored events. */
    @Bean
    @Primary
    Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /** Events under their stored names and revisions ({@code @StoredEvent}), not their Java class names. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return new StableEventNames(serializer(), "io.plantrail");
    }

    /**
     * Without {@code ensureIndexes()} there is no unique index, so no ConcurrencyException. Every
     * event is stored with its link in the plan's integrity chain. Events of an older revision are
     * read through the features' upcasters.
     */
    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectProvider<EventUpcaster> upcasters, StoreProperties properties) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .storageStrategy(properties.usesEmbeddedServer() ? new StreamReadByKey() : new SnapshotReplacedUnread())
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(eventSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .snapshotSerializer(SnapshotSerializer.create())
                .build();
        engine.ensureIndexes();
        EventStorageEngine stored = properties.usesEmbeddedServer() ? new RecentEvents(engine) : engine;
        return new ChainingStorageEngine(stored, eventSerializer);
    }

    /**
     * Tokens are written without waiting for the journal: a token lost in a crash only makes the
     * processor apply a few events again, onto a read side that takes them idempotently, and a
     * token can never reach the disk before the read-side writes that came before it.
     */
    @Bean
    TokenStore tokenStore(MongoClient client, StoreProperties properties, Serializer serializer) {
        MongoTemplate tokens = DefaultMongoTemplate.builder()
                .mongoDatabase(client.getDatabase(properties.database()).withWriteConcern(WriteConcern.W1))
                .build();
        return MongoTokenStore.builder().mongoTemplate(tokens).serializer(serializer).build();
    }

    /**
     * On the embedded store this process is the one writer, so a plan it holds is never behind the
     * log, and Axon's cache of weak references spares a change the parsing of the plan's snapshot
     * while the plan is still in memory. Where nodes share a store, a held plan could be behind:
     * every change reads it from the store.
     */
    @Bean
    Cache planCache(StoreProperties properties) {
        return properties.usesEmbeddedServer() ? new WeakReferenceCache() : NoCache.INSTANCE;
    }
}
