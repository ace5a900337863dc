package io.plantrail.graphql;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the queries the app sends to MongoDB on the projection's collection. */
class MongoQueryCounter implements CommandListener {

    private final AtomicInteger projectionQueries = new AtomicInteger();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (event.getCommandName().equals("find")
                && "entity_versions".equals(event.getCommand().getString("find").getValue())) {
            projectionQueries.incrementAndGet();
        }
    }

    int projectionQueries() {
        return projectionQueries.get();
    }

    @TestConfiguration
    static class Registration {
        @Bean
        MongoQueryCounter mongoQueryCounter() {
            return new MongoQueryCounter();
        }
    }
}
