package io.plantrail.readmodel;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Each change as it reaches the read side, for screens that want to know at once. A change is
 * told only once the read side has stored it (after the projection's unit of work commits), so a
 * screen that refetches on hearing it reads the change. A listener that falls more than
 * {@value #BACKLOG} changes behind loses the oldest; the plan versions it is told then have a gap.
 */
@Component
public class LiveChanges {

    private static final int BACKLOG = 1000;

    private final Sinks.Many<Document> changes = Sinks.many().multicast().directBestEffort();

    void stored(Document logEntry) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> tell(logEntry));
        } else {
            tell(logEntry);
        }
    }

    private synchronized void tell(Document logEntry) {
        changes.tryEmitNext(logEntry);
    }

    /** The plan's changes from now on, in the form of an entry of its log. */
    public Flux<Document> of(String planId) {
        return changes.asFlux().filter(entry -> planId.equals(entry.getString("planId")))
                .onBackpressureBuffer(BACKLOG, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST);
    }
}
