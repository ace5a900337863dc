package io.plantrail.plan;

import static io.plantrail.change.PlanChange.applied;
import static io.plantrail.change.PlanChange.revised;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Contact;
import io.plantrail.change.Register;
import io.plantrail.change.Rules;
import io.plantrail.plan.OutcomeCommands.AddOutcome;
import io.plantrail.plan.OutcomeCommands.RemoveOutcome;
import io.plantrail.plan.OutcomeCommands.ReviseOutcome;
import io.plantrail.plan.TargetCommands.RemoveTarget;
import io.plantrail.plan.TargetCommands.ReviseTarget;
import io.plantrail.plan.TargetCommands.SetTarget;
import io.plantrail.plan.events.OutcomeAdded;
import io.plantrail.plan.events.OutcomeRemoved;
import io.plantrail.plan.events.OutcomeRevised;
import io.plantrail.plan.events.PriorityAdded;
import io.plantrail.plan.events.PriorityRemoved;
import io.plantrail.plan.events.TargetRemoved;
import io.plantrail.plan.events.TargetRevised;
import io.plantrail.plan.events.TargetSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The outcomes under each priority and their measurable targets. */
class Outcomes {

    private final Set<String> priorityIds = new HashSet<>();
    private final Register<OutcomeDetails> outcomes = new Register<>("outcome");
    private final Register<TargetDetails> targets = new Register<>("target");

    /** Whether the plan has this outcome or target now. */
    boolean has(String id) {
        return outcomes.contains(id) || targets.contains(id);
    }

    @CommandHandler
    ChangeResult handle(AddOutcome command) {
        if (!priorityIds.contains(command.priorityId())) {
            throw ChangeRejected.notFound("There is no priority '" + command.priorityId() + "' in this plan.");
        }
        check(command.details());
        String id = outcomes.nextChildId(command.priorityId(), "-");
        return applied(new OutcomeAdded(command.planId(), id, command.priorityId(), command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(ReviseOutcome command) {
        OutcomeDetails details = revised(outcomes.require(command.outcomeId()), command.details(), command.cleared());
        check(details);
        return applied(new OutcomeRevised(command.planId(), command.outcomeId(), details), command.outcomeId());
    }

    @CommandHandler
    ChangeResult handle(RemoveOutcome command) {
        outcomes.require(command.outcomeId());
        outcomes.requireNoChildrenIn(targets, command.outcomeId());
        return applied(new OutcomeRemoved(command.planId(), command.outcomeId()), command.outcomeId());
    }

    @CommandHandler
    ChangeResult handle(SetTarget command) {
        outcomes.require(command.outcomeId());
        check(command.details());
        String id = targets.nextChildId(command.outcomeId(), "-T");
        ChangeResult set = applied(new TargetSet(command.planId(), id, command.outcomeId(), TargetGaps.closeFilled(command.details())), id);
        boolean filled = command.details().target() != null;
        return filled ? closeOutcomeGapsAboutTargets(command.planId(), command.outcomeId(), set) : set;
    }

    @CommandHandler
    ChangeResult handle(ReviseTarget command) {
        TargetDetails before = targets.require(command.targetId());
        TargetDetails details = TargetGaps.closeFilled(revised(before, command.details(), command.cleared()));
        check(details);
        ChangeResult revisedTarget = applied(new TargetRevised(command.planId(), command.targetId(), details), command.targetId());
        boolean filled = before.target() == null && details.target() != null;
        return filled ? closeOutcomeGapsAboutTargets(command.planId(), targets.parentOf(command.targetId()), revisedTarget) : revisedTarget;
    }

    /**
     * Once every target of an outcome has its figure, the outcome's own gaps about its targets
     * (CFC-E-4's "XXX") are closed too, by a revision of the outcome in the same change.
     */
    private ChangeResult closeOutcomeGapsAboutTargets(String planId, String outcomeId, ChangeResult targetChange) {
        OutcomeDetails outcome = outcomes.require(outcomeId);
        List<TargetDetails> ofOutcome = targets.childrenOf(outcomeId);
        if (!TargetGaps.aboutTargets(outcome.gaps()) || ofOutcome.stream().anyMatch(target -> target.target() == null)) {
            return targetChange;
        }
        ChangeResult closed = applied(new OutcomeRevised(planId, outcomeId, TargetGaps.withoutGapsAboutTargets(outcome)), outcomeId);
        return new ChangeResult(closed.planVersion(), targetChange.entityId());
    }

    @CommandHandler
    ChangeResult handle(RemoveTarget command) {
        targets.require(command.targetId());
        return applied(new TargetRemoved(command.planId(), command.targetId()), command.targetId());
    }

    private static void check(OutcomeDetails details) {
        Rules.requireText(details.title(), "title", "The outcome title", details.gaps());
        Rules.limitLength(details.achievements(), "What was done in 2003/04", Rules.MAX_TEXT_LENGTH);
        Rules.limitSize(details.actions(), "The planned actions");
        Rules.limitSize(details.contacts(), "The contacts");
        if (!Rules.orEmpty(details.contacts()).stream().allMatch(Contact::storable)) {
            // the API and the importer seal contacts first; plain personal data never enters the log
            throw ChangeRejected.invalid("Contact details must be sealed before they are stored; nothing was stored.");
        }
        Rules.orEmpty(details.actions()).forEach(a -> Rules.limitLength(a, "A planned action", Rules.MAX_TEXT_LENGTH));
    }

    private static void check(TargetDetails details) {
        Rules.requireText(details.description(), "description", "The target description", details.gaps());
    }

    @EventSourcingHandler
    void on(PriorityAdded event) {
        priorityIds.add(event.priorityId());
    }

    @EventSourcingHandler
    void on(PriorityRemoved event) {
        priorityIds.remove(event.priorityId());
    }

    @EventSourcingHandler
    void on(OutcomeAdded event) {
        outcomes.put(event.outcomeId(), event.priorityId(), event.details());
    }

    @EventSourcingHandler
    void on(OutcomeRevised event) {
        outcomes.revise(event.outcomeId(), event.details());
    }

    @EventSourcingHandler
    void on(OutcomeRemoved event) {
        outcomes.remove(event.outcomeId());
    }

    @EventSourcingHandler
    void on(TargetSet event) {
        targets.put(event.targetId(), event.outcomeId(), event.details());
    }

    @EventSourcingHandler
    void on(TargetRevised event) {
        targets.revise(event.targetId(), event.details());
    }

    @EventSourcingHandler
    void on(TargetRemoved event) {
        targets.remove(event.targetId());
    }
}
