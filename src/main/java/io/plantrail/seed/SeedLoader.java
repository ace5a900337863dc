package io.plantrail.seed;

import io.plantrail.history.ReadSideProgress;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** On first start with an empty store, loads the Harrow plan so a new user sees a real plan at once. */
@Component
@ConditionalOnProperty(name = "plantrail.seed.load-on-empty-store", havingValue = "true")
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final PlanImporter importer;
    private final EventStore eventStore;
    private final ReadSideProgress readSide;
    private final Resource seed;

    SeedLoader(PlanImporter importer, EventStore eventStore, ReadSideProgress readSide,
               @Value("${plantrail.seed.document:classpath:seed/harrow-bvpp-2004-05-draft-1.json}") Resource seed) {
        this.importer = importer;
        this.eventStore = eventStore;
        this.readSide = readSide;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        PlanDocument document;
        try (InputStream in = seed.getInputStream()) {
            document = PlanDocuments.read(in);
        }
        String planId = document.plan().id();
        if (eventStore.readEvents(planId).hasNext()) {
            log.info("Plan {} is already in the event store; the seed is not imported again", planId);
            return;
        }
        PlanImporter.Imported imported = importer.importDocument(document, seed.getFilename());
        readSide.awaitVersion(planId, imported.planVersion(), Duration.ofSeconds(60));
        log.info("Imported {} as Draft {}: plan version {}", planId, imported.draftNumber(), imported.planVersion());
    }
}
