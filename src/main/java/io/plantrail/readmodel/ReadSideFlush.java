package io.plantrail.readmodel;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Handles every event after the projectors have, and sends the read side's writes at the end of each batch. */
@Component
@ProcessingGroup(Projection.GROUP)
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadSideFlush {

    private final ReadSideWriter writer;

    ReadSideFlush(ReadSideWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(Object event) {
        if (!(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            writer.flush();
        }
    }
}
