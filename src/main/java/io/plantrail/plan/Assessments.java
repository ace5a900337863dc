package io.plantrail.plan;

import static io.plantrail.change.PlanChange.applied;
import static io.plantrail.change.PlanChange.revised;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Register;
import io.plantrail.change.Rules;
import io.plantrail.plan.CpaCommands.RecordCpaAssessment;
import io.plantrail.plan.CpaCommands.ReviseCpaAssessment;
import io.plantrail.plan.LpsaTargetCommands.AddLpsaTarget;
import io.plantrail.plan.LpsaTargetCommands.RemoveLpsaTarget;
import io.plantrail.plan.LpsaTargetCommands.ReviseLpsaTarget;
import io.plantrail.plan.events.CpaAssessmentRecorded;
import io.plantrail.plan.events.CpaAssessmentRevised;
import io.plantrail.plan.events.LpsaTargetAdded;
import io.plantrail.plan.events.LpsaTargetRemoved;
import io.plantrail.plan.events.LpsaTargetRevised;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** What the plan is held to from outside: the LPSA stretch targets and the CPA assessment. */
class Assessments {

    static final String CPA_ID = "CPA";

    private final Register<LpsaTargetDetails> lpsaTargets = new Register<>("LPSA target");

    /** Whether the plan has this LPSA target now. */
    boolean hasLpsaTarget(String id) {
        return lpsaTargets.contains(id);
    }
    private CpaDetails cpa;

    @CommandHandler
    ChangeResult handle(AddLpsaTarget command) {
        check(command.details());
        String id = "LPSA-" + command.details().number();
        lpsaTargets.requireAbsent(id);
        return applied(new LpsaTargetAdded(command.planId(), id, command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(ReviseLpsaTarget command) {
        LpsaTargetDetails current = lpsaTargets.require(command.lpsaTargetId());
        LpsaTargetDetails details = revised(current, command.details(), command.cleared());
        if (!details.number().equals(current.number())) {
            throw ChangeRejected.invalid("An LPSA target keeps its number; add a new one to use another number.");
        }
        check(details);
        return applied(new LpsaTargetRevised(command.planId(), command.lpsaTargetId(), details), command.lpsaTargetId());
    }

    @CommandHandler
    ChangeResult handle(RemoveLpsaTarget command) {
        lpsaTargets.require(command.lpsaTargetId());
        return applied(new LpsaTargetRemoved(command.planId(), command.lpsaTargetId()), command.lpsaTargetId());
    }

    @CommandHandler
    ChangeResult handle(RecordCpaAssessment command) {
        if (cpa != null) {
            throw ChangeRejected.conflict("The plan already records a CPA assessment; revise it instead.");
        }
        check(command.details());
        return applied(new CpaAssessmentRecorded(command.planId(), command.details()), CPA_ID);
    }

    @CommandHandler
    ChangeResult handle(ReviseCpaAssessment command) {
        if (cpa == null) {
            throw ChangeRejected.notFound("The plan records no CPA assessment yet; record one first.");
        }
        CpaDetails details = revised(cpa, command.details(), command.cleared());
        check(details);
        return applied(new CpaAssessmentRevised(command.planId(), details), CPA_ID);
    }

    private static void check(LpsaTargetDetails details) {
        if (details.number() == null || details.number() < 1 || details.number() > 99) {
            throw ChangeRejected.invalid("An LPSA target needs its number, from 1 to 99.");
        }
        Rules.requireText(details.title(), "title", "The LPSA target title", null);
    }

    private static void check(CpaDetails details) {
        Rules.requireText(details.overallRating(), "overallRating", "The CPA overall rating", details.gaps());
        Rules.orEmpty(details.serviceScores()).forEach(s -> {
            if (s.score() != null && (s.score() < 1 || s.score() > 4)) {
                throw ChangeRejected.invalid("A CPA service score is from 1 to 4; " + s.service() + " has " + s.score() + ".");
            }
        });
    }

    @EventSourcingHandler
    void on(LpsaTargetAdded event) {
        lpsaTargets.put(event.lpsaTargetId(), event.planId(), event.details());
    }

    @EventSourcingHandler
    void on(LpsaTargetRevised event) {
        lpsaTargets.revise(event.lpsaTargetId(), event.details());
    }

    @EventSourcingHandler
    void on(LpsaTargetRemoved event) {
        lpsaTargets.remove(event.lpsaTargetId());
    }

    @EventSourcingHandler
    void on(CpaAssessmentRecorded event) {
        cpa = event.details();
    }

    @EventSourcingHandler
    void on(CpaAssessmentRevised event) {
        cpa = event.details();
    }
}
