package io.plantrail.plan;

import static io.plantrail.change.PlanChange.applied;
import static io.plantrail.change.PlanChange.revised;

import io.plantrail.budget.Budget;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanIds;
import io.plantrail.change.Register;
import io.plantrail.change.Rules;
import io.plantrail.improvement.ImprovementPlan;
import io.plantrail.monitoring.MeasureCommands.DefineMeasure;
import io.plantrail.monitoring.MeasureCommands.ReviseMeasure;
import io.plantrail.monitoring.MeasureDetails;
import io.plantrail.monitoring.Monitoring;
import io.plantrail.plan.PlanLifecycleCommands.IssueDraft;
import io.plantrail.plan.PlanLifecycleCommands.StartPlan;
import io.plantrail.plan.SectionCommands.AddSection;
import io.plantrail.plan.SectionCommands.RemoveSection;
import io.plantrail.plan.SectionCommands.ReviseSection;
import io.plantrail.plan.events.DraftIssued;
import io.plantrail.plan.events.PlanStarted;
import io.plantrail.plan.events.SectionAdded;
import io.plantrail.plan.events.SectionRemoved;
import io.plantrail.plan.events.SectionRevised;
import io.plantrail.scrutiny.Scrutiny;
import io.plantrail.scrutiny.ScrutinyCommands.AnswerScrutinyQuestion;
import io.plantrail.scrutiny.ScrutinyCommands.AskScrutinyQuestion;
import io.plantrail.scrutiny.Verdict;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One council's performance plan: the consistency boundary. One event stream, one linear plan
 * version; its parts (outline, outcomes, assessments, budget, improvement plan, monitoring) each
 * guard their own rules.
 */
@Aggregate(cache = "planCache", commandTargetResolver = CommandRoutingConfiguration.RESOLVER, snapshotTriggerDefinition = "planSnapshots")
@Revision("4") // raise it when the state's fields change: snapshots of another revision are then ignored
class Plan {

    @AggregateIdentifier
    private String planId;
    private int draftsIssued;
    private final Register<SectionDetails> sections = new Register<>("section");

    @AggregateMember
    private final Outline outline = new Outline();
    @AggregateMember
    private final Outcomes outcomes = new Outcomes();
    @AggregateMember
    private final Assessments assessments = new Assessments();
    @AggregateMember
    private final Budget budget = new Budget();
    @AggregateMember
    private final ImprovementPlan improvementPlan = new ImprovementPlan();
    @AggregateMember
    private final Monitoring monitoring = new Monitoring();
    @AggregateMember
    private final Scrutiny scrutiny = new Scrutiny();
    @AggregateMember
    private final NamedPeople namedPeople = new NamedPeople();
    @AggregateMember
    private final LastChanges lastChanges = new LastChanges();
    @AggregateMember
    private final RetriedChanges retriedChanges = new RetriedChanges();

    Plan() {
    }

    /**
     * Before any change: a retry of a change already made gets the first result, not a second
     * event; a change made on a stale version of its entity is refused.
     */
    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Optional<ChangeResult> firstResult = retriedChanges.firstResultOf(command.getMetaData());
        if (firstResult.isPresent()) {
            return firstResult.get();
        }
        if (command.getPayload() instanceof ChangeToExisting change) {
            lastChanges.requireExpectedVersion(change);
        }
        measuredPart(command.getPayload()).ifPresent(this::requireMeasurable);
        draftNamed(command.getPayload()).ifPresent(this::requireIssued);
        return chain.proceed();
    }

    /** The draft a scrutiny question is asked on, or a recommendation was done in. */
    private static Optional<Integer> draftNamed(Object command) {
        if (command instanceof AskScrutinyQuestion ask) {
            return Optional.of(Objects.requireNonNullElse(ask.details().draft(), 0));
        }
        if (command instanceof AnswerScrutinyQuestion answer && answer.answer() != null && answer.answer().verdict() == Verdict.DONE) {
            return Optional.of(Objects.requireNonNullElse(answer.answer().inDraft(), 0));
        }
        return Optional.empty();
    }

    private void requireIssued(int draft) {
        if (draft < 1 || draft > draftsIssued) {
            throw ChangeRejected.invalid("That names Draft " + draft + "; the plan has " + (draftsIssued == 0 ? "no draft yet"
                    : draftsIssued == 1 ? "only Draft 1" : "Drafts 1 to " + draftsIssued) + ". Nothing was stored.");
        }
    }

    /** The part of the plan a measure being defined or revised says it measures, where it names one. */
    private static Optional<String> measuredPart(Object command) {
        MeasureDetails details = command instanceof DefineMeasure define ? define.details()
                : command instanceof ReviseMeasure revise ? revise.details() : null;
        return Optional.ofNullable(details).map(MeasureDetails::appliesTo).filter(id -> !id.isBlank());
    }

    private void requireMeasurable(String partId) {
        if (!outcomes.has(partId) && !assessments.hasLpsaTarget(partId)) {
            throw ChangeRejected.notFound("A measure applies to an outcome, a target or an LPSA target of this plan; "
                    + "there is none '" + partId + "'. Nothing was stored.");
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    ChangeResult handle(StartPlan command) {
        PlanIds.requireValid(command.planId());
        Rules.requireText(command.title(), "title", "The plan title", null);
        return applied(new PlanStarted(command.planId(), command.title(), command.council()), command.planId());
    }

    @CommandHandler
    ChangeResult handle(IssueDraft command) {
        Rules.requireText(command.label(), "label", "The draft label", null);
        if (command.documentDate() == null) {
            throw ChangeRejected.invalid("A draft needs the date printed on its document.");
        }
        long version = AggregateLifecycle.getVersion() + 1;
        int number = draftsIssued + 1;
        return applied(new DraftIssued(planId, number, command.label(), command.documentDate(), version), "DRAFT-" + number);
    }

    @CommandHandler
    ChangeResult handle(AddSection command) {
        String id = "SEC-" + PlanIds.requireKey(command.key(), "section key");
        sections.requireAbsent(id);
        Rules.requireText(command.details().heading(), "heading", "The section heading", command.details().gaps());
        return applied(new SectionAdded(planId, id, command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(ReviseSection command) {
        SectionDetails details = revised(sections.require(command.sectionId()), command.details(), command.cleared());
        Rules.requireText(details.heading(), "heading", "The section heading", details.gaps());
        return applied(new SectionRevised(planId, command.sectionId(), details), command.sectionId());
    }

    @CommandHandler
    ChangeResult handle(RemoveSection command) {
        sections.require(command.sectionId());
        return applied(new SectionRemoved(planId, command.sectionId()), command.sectionId());
    }

    @EventSourcingHandler
    void on(PlanStarted event) {
        this.planId = event.planId();
    }

    @EventSourcingHandler
    void on(DraftIssued event) {
        this.draftsIssued = event.number();
    }

    @EventSourcingHandler
    void on(SectionAdded event) {
        sections.put(event.sectionId(), event.planId(), event.details());
    }

    @EventSourcingHandler
    void on(SectionRevised event) {
        sections.revise(event.sectionId(), event.details());
    }

    @EventSourcingHandler
    void on(SectionRemoved event) {
        sections.remove(event.sectionId());
    }
}
