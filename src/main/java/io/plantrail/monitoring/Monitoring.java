package io.plantrail.monitoring;

import static io.plantrail.change.PlanChange.applied;
import static io.plantrail.change.PlanChange.revised;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Gap;
import io.plantrail.change.PlanIds;
import io.plantrail.change.Register;
import io.plantrail.change.Rules;
import io.plantrail.monitoring.MeasureCommands.DefineMeasure;
import io.plantrail.monitoring.MeasureCommands.ReviseMeasure;
import io.plantrail.monitoring.ReadingCommands.RecordReading;
import io.plantrail.monitoring.ReadingCommands.RestateReading;
import io.plantrail.monitoring.events.MeasureDefined;
import io.plantrail.monitoring.events.MeasureRevised;
import io.plantrail.monitoring.events.ReadingRecorded;
import io.plantrail.monitoring.events.ReadingRestated;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * What happened against what was planned: measures, and the readings reported for them. A
 * reading once reported is never overwritten; stating it again is a restatement, and both stay in
 * the log.
 */
public class Monitoring {

    private final Register<MeasureDetails> measures = new Register<>("measure");
    private final Register<ReadingDetails> readings = new Register<>("reading");

    @CommandHandler
    ChangeResult handle(DefineMeasure command) {
        String id = "M-" + PlanIds.requireKey(command.key(), "measure key");
        measures.requireAbsent(id);
        check(command.details());
        return applied(new MeasureDefined(command.planId(), id, command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(ReviseMeasure command) {
        MeasureDetails details = revised(measures.require(command.measureId()), command.details(), command.cleared());
        check(details);
        Set<String> years = years(details);
        readings.childrenOf(command.measureId()).stream().map(reading -> Period.parse(reading.period()).year())
                .filter(year -> !years.contains(year)).findFirst().ifPresent(year -> {
                    throw ChangeRejected.invalid("The measure has readings for " + year + "; keep that year among its targets.");
                });
        return applied(new MeasureRevised(command.planId(), command.measureId(), details), command.measureId());
    }

    @CommandHandler
    ChangeResult handle(RecordReading command) {
        MeasureDetails measure = measures.require(command.measureId());
        Period period = checked(measure, command.details());
        String id = period.readingOf(command.measureId());
        if (readings.contains(id)) {
            throw ChangeRejected.conflict("A reading of " + command.measureId() + " for " + period + " was already "
                    + "reported; restate it (with the reason) to correct it. Nothing was stored.");
        }
        ReadingDetails details = new ReadingDetails(period.toString(), command.details().value(),
                command.details().comment(), command.details().dataQuality());
        return applied(new ReadingRecorded(command.planId(), id, command.measureId(), details), id);
    }

    @CommandHandler
    ChangeResult handle(RestateReading command) {
        ReadingDetails current = readings.require(command.readingId());
        String measureId = readings.parentOf(command.readingId());
        Period period = checked(measures.require(measureId), command.details());
        if (!period.toString().equals(current.period())) {
            throw ChangeRejected.invalid("A restatement is for the reading's own period, " + current.period()
                    + "; record a reading for " + period + " instead.");
        }
        ReadingDetails details = new ReadingDetails(current.period(), command.details().value(),
                command.details().comment(), command.details().dataQuality());
        if (details.equals(current)) {
            throw ChangeRejected.invalid("The restatement states the reading as it stands; nothing was stored.");
        }
        return applied(new ReadingRestated(command.planId(), command.readingId(), measureId, details), command.readingId());
    }

    /** A reading's period: one of the years the measure is planned for, a quarter only where it is reported quarterly. */
    private static Period checked(MeasureDetails measure, ReadingDetails reading) {
        Period period = Period.parse(reading.period());
        if (!years(measure).contains(period.year())) {
            throw ChangeRejected.invalid("The measure '" + measure.title() + "' is planned for " + String.join(", ",
                    years(measure)) + "; " + period + " is outside those years.");
        }
        if (period.isQuarter() && measure.frequency() == Frequency.ANNUAL) {
            throw ChangeRejected.invalid("The measure '" + measure.title() + "' is reported once a year; give the year ("
                    + period.year() + "), not a quarter.");
        }
        if (reading.value() == null) {
            throw ChangeRejected.invalid("A reading needs its figure.");
        }
        return period;
    }

    private static Set<String> years(MeasureDetails measure) {
        Set<String> years = new java.util.LinkedHashSet<>();
        Rules.orEmpty(measure.targets()).forEach(target -> years.add(target.year()));
        return years;
    }

    private static void check(MeasureDetails details) {
        Rules.requireText(details.title(), "title", "The measure's title", details.gaps());
        Rules.requireText(details.unit(), "unit", "The measure's unit", details.gaps());
        if (details.betterWhen() == null || details.frequency() == null) {
            throw ChangeRejected.invalid("A measure says which way is better (HIGHER or LOWER) and how often it is "
                    + "reported (QUARTERLY or ANNUAL).");
        }
        if (details.tolerance() != null && details.tolerance().signum() < 0) {
            throw ChangeRejected.invalid("A measure's tolerance is how far from target still counts as close: not below 0.");
        }
        List<YearTarget> targets = Rules.orEmpty(details.targets());
        if (targets.isEmpty()) {
            throw ChangeRejected.invalid("A measure names the years it is planned for, each with its target or a "
                    + "flagged gap where the plan gives none.");
        }
        Set<String> seen = new HashSet<>();
        for (YearTarget target : targets) {
            String year = target.year() == null ? null : Period.parse(target.year()).year();
            if (year == null || !year.equals(target.year()) || !seen.add(year)) {
                throw ChangeRejected.invalid("Each of a measure's targets is for one council year (2004/05), once.");
            }
            if (target.target() == null && !flagged(details.gaps(), "targets." + year)) {
                throw ChangeRejected.invalid("The plan gives no target for " + year + ": flag it as a gap on targets."
                        + year + " rather than leave it blank.");
            }
        }
    }

    private static boolean flagged(List<Gap> gaps, String field) {
        return Rules.orEmpty(gaps).stream().anyMatch(gap -> field.equals(gap.field()));
    }

    @EventSourcingHandler
    void on(MeasureDefined event) {
        measures.put(event.measureId(), event.planId(), event.details());
    }

    @EventSourcingHandler
    void on(MeasureRevised event) {
        measures.revise(event.measureId(), event.details());
    }

    @EventSourcingHandler
    void on(ReadingRecorded event) {
        readings.put(event.readingId(), event.measureId(), event.details());
    }

    @EventSourcingHandler
    void on(ReadingRestated event) {
        readings.revise(event.readingId(), event.details());
    }
}
