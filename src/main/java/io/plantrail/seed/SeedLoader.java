package io.plantrail.seed;

import io.plantrail.readmodel.ReadSideProgress;
import io.plantrail.plan.events.DraftIssued;
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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** On first start with an empty store, loads the Harrow plan so a new user sees a real plan at once. */
@Component
@ConditionalOnProperty(name = "plantrail.seed.load-on-empty-store", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE - 10) // before the read side's catch-up, which turns the server ready
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
        if (eventStore.readEvents(planId, 0).hasNext()) { // from the first event: not the latest snapshot and after
            requireWholeImport(planId, document);
            log.info("Plan {} is already in the event store; the seed is not imported again", planId);
            return;
        }
        PlanImporter.Imported imported = importer.importDocument(document, seed.getFilename());
        readSide.awaitVersion(planId, imported.planVersion(), Duration.ofSeconds(60));
        log.info("Imported {} as Draft {}: plan version {}", planId, imported.draftNumber(), imported.planVersion());
    }

    /**
     * The import ends by issuing its draft. On the embedded store it is one write, whole or
     * absent; on a real MongoDB a crash can leave part of it, and that part must not be served.
     */
    private void requireWholeImport(String planId, PlanDocument document) {
        if (document.draft() == null) {
            return;
        }
        boolean draftIssued = eventStore.readEvents(planId, 0).asStream()
                .anyMatch(event -> event.getPayload() instanceof DraftIssued);
        if (!draftIssued) {
            throw new IllegalStateException("Plan " + planId + " holds only part of its first import (no Draft "
                    + document.draft().number() + "): a crash interrupted it. Remove the plan's events "
                    + "(domainevents with aggregateIdentifier '" + planId + "') and start again.");
        }
    }
}
