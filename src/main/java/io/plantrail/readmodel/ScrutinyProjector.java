package io.plantrail.readmodel;

import static io.plantrail.readmodel.EntityKind.SCRUTINY_QUESTION;

import io.plantrail.scrutiny.events.ScrutinyQuestionAnswered;
import io.plantrail.scrutiny.events.ScrutinyQuestionAsked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps every version of the scrutiny committee's questions: as asked, then as each answer left them. */
@Component
@ProcessingGroup(Projection.GROUP)
class ScrutinyProjector {

    private final Projection projection;

    ScrutinyProjector(Projection projection) {
        this.projection = projection;
    }

    @EventHandler
    void on(ScrutinyQuestionAsked event, DomainEventMessage<?> message) {
        projection.added(message, SCRUTINY_QUESTION, event.questionId(), event.details().itemId(), event.details());
    }

    @EventHandler
    void on(ScrutinyQuestionAnswered event, DomainEventMessage<?> message) {
        projection.revised(message, event.questionId(), event.details());
    }
}
