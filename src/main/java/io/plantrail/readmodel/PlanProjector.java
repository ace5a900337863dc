package io.plantrail.readmodel;

import static io.plantrail.readmodel.EntityKind.CPA;
import static io.plantrail.readmodel.EntityKind.DRAFT;
import static io.plantrail.readmodel.EntityKind.LPSA_TARGET;
import static io.plantrail.readmodel.EntityKind.OUTCOME;
import static io.plantrail.readmodel.EntityKind.PRIORITY;
import static io.plantrail.readmodel.EntityKind.SECTION;
import static io.plantrail.readmodel.EntityKind.TARGET;
import static io.plantrail.readmodel.EntityKind.THEME;

import io.plantrail.audit.HashChain;
import io.plantrail.plan.events.ContactErased;
import io.plantrail.plan.events.CpaAssessmentRecorded;
import io.plantrail.plan.events.CpaAssessmentRevised;
import io.plantrail.plan.events.DraftIssued;
import io.plantrail.plan.events.LpsaTargetAdded;
import io.plantrail.plan.events.LpsaTargetRemoved;
import io.plantrail.plan.events.LpsaTargetRevised;
import io.plantrail.plan.events.OutcomeAdded;
import io.plantrail.plan.events.OutcomeRemoved;
import io.plantrail.plan.events.OutcomeRevised;
import io.plantrail.plan.events.PlanStarted;
import io.plantrail.plan.events.PriorityAdded;
import io.plantrail.plan.events.PriorityRemoved;
import io.plantrail.plan.events.PriorityRevised;
import io.plantrail.plan.events.SectionAdded;
import io.plantrail.plan.events.SectionRemoved;
import io.plantrail.plan.events.SectionRevised;
import io.plantrail.plan.events.TargetRemoved;
import io.plantrail.plan.events.TargetRevised;
import io.plantrail.plan.events.TargetSet;
import io.plantrail.plan.events.ThemeAdded;
import io.plantrail.plan.events.ThemeRemoved;
import io.plantrail.plan.events.ThemeRevised;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps every version of the plan's outline, outcomes, targets, assessments and drafts. */
@Component
@ProcessingGroup(Projection.GROUP)
class PlanProjector {

    private final Projection projection;
    private final PlanRecords plans;

    PlanProjector(Projection projection, PlanRecords plans) {
        this.projection = projection;
        this.plans = plans;
    }

    @EventHandler
    void on(PlanStarted event, DomainEventMessage<?> message) {
        projection.apply(message, event.planId(), change -> plans.started(change, event.title(), event.councilName()));
    }

    /** Nothing to change on the read side: contacts are revealed on reading, and the key is gone. */
    @EventHandler
    void on(ContactErased event, DomainEventMessage<?> message) {
        projection.apply(message, event.personId(), change -> { });
    }

    @EventHandler
    void on(DraftIssued event, DomainEventMessage<?> message) {
        Change change = Change.of(message);
        projection.added(message, DRAFT, IssuedDraft.idOf(event.number()), event.planId(), new IssuedDraft(event.number(),
                event.label(), event.documentDate().toString(), event.planVersion(), change.time().toString(),
                change.actor(), change.reason(), (String) message.getMetaData().get(HashChain.HASH)));
    }

    @EventHandler
    void on(SectionAdded event, DomainEventMessage<?> message) {
        projection.added(message, SECTION, event.sectionId(), event.planId(), event.details());
    }

    @EventHandler
    void on(SectionRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.sectionId(), event.details());
    }

    @EventHandler
    void on(SectionRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.sectionId());
    }

    @EventHandler
    void on(ThemeAdded event, DomainEventMessage<?> message) {
        projection.added(message, THEME, event.themeId(), event.planId(), event.details());
    }

    @EventHandler
    void on(ThemeRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.themeId(), event.details());
    }

    @EventHandler
    void on(ThemeRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.themeId());
    }

    @EventHandler
    void on(PriorityAdded event, DomainEventMessage<?> message) {
        projection.added(message, PRIORITY, event.priorityId(), event.themeId(), event.details());
    }

    @EventHandler
    void on(PriorityRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.priorityId(), event.details());
    }

    @EventHandler
    void on(PriorityRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.priorityId());
    }

    @EventHandler
    void on(OutcomeAdded event, DomainEventMessage<?> message) {
        projection.added(message, OUTCOME, event.outcomeId(), event.priorityId(), event.details());
    }

    @EventHandler
    void on(OutcomeRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.outcomeId(), event.details());
    }

    @EventHandler
    void on(OutcomeRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.outcomeId());
    }

    @EventHandler
    void on(TargetSet event, DomainEventMessage<?> message) {
        projection.added(message, TARGET, event.targetId(), event.outcomeId(), event.details());
    }

    @EventHandler
    void on(TargetRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.targetId(), event.details());
    }

    @EventHandler
    void on(TargetRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.targetId());
    }

    @EventHandler
    void on(LpsaTargetAdded event, DomainEventMessage<?> message) {
        projection.added(message, LPSA_TARGET, event.lpsaTargetId(), event.planId(), event.details());
    }

    @EventHandler
    void on(LpsaTargetRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.lpsaTargetId(), event.details());
    }

    @EventHandler
    void on(LpsaTargetRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.lpsaTargetId());
    }

    @EventHandler
    void on(CpaAssessmentRecorded event, DomainEventMessage<?> message) {
        projection.added(message, CPA, "CPA", event.planId(), event.details());
    }

    @EventHandler
    void on(CpaAssessmentRevised event, DomainEventMessage<?> message) {
        projection.revised(message, "CPA", event.details());
    }
}
