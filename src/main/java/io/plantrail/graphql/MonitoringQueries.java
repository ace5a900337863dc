package io.plantrail.graphql;

import io.plantrail.monitoring.Direction;
import io.plantrail.monitoring.Period;
import io.plantrail.monitoring.ReadingStatus;
import io.plantrail.readmodel.part.Measure;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.Reading;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Measures and their readings on two time axes: the period a reading is for, and the point the
 * plan is read at (what was known then). Status and direction are worked out on reading, from the
 * measure and readings as at that same point, so an answer given then can be given again.
 */
@Controller
class MonitoringQueries {

    private final PlanParts parts;

    MonitoringQueries(PlanParts parts) {
        this.parts = parts;
    }

    @SchemaMapping(typeName = "Plan")
    List<Measure> measures(PlanView plan) {
        return parts.all(plan.id(), Measure.class, plan.version());
    }

    @SchemaMapping(typeName = "Measure")
    List<Reading> readings(Measure measure, @Argument String period) {
        if (period != null) { // one period is one reading, looked up by its id
            Reading one = parts.one(measure.planId(), measure.id() + "@" + Period.parse(period), Reading.class, measure.asAt());
            return one == null ? List.of() : List.of(one);
        }
        return parts.children(List.of(measure), Reading.class).get(0).stream()
                .sorted(Comparator.comparing(reading -> Period.parse(reading.period()))).toList();
    }

    @SchemaMapping(typeName = "Reading")
    BigDecimal target(Reading reading) {
        return measureOf(reading).targetFor(Period.parse(reading.period()).year());
    }

    @SchemaMapping(typeName = "Reading")
    ReadingStatus status(Reading reading) {
        Measure measure = measureOf(reading);
        return ReadingStatus.of(reading.value(), measure.targetFor(Period.parse(reading.period()).year()),
                measure.tolerance(), measure.betterWhen());
    }

    @SchemaMapping(typeName = "Reading")
    String statusInWords(Reading reading) {
        ReadingStatus status = status(reading);
        return status.shape() + " " + status.inWords();
    }

    @SchemaMapping(typeName = "Reading")
    Direction direction(Reading reading) {
        return against(reading, Period.parse(reading.period()).previous());
    }

    @SchemaMapping(typeName = "Reading")
    Direction directionOnYear(Reading reading) {
        return against(reading, Period.parse(reading.period()).yearBefore());
    }

    @SchemaMapping(typeName = "Reading")
    boolean restated(Reading reading) {
        return reading.lastChange() != null && "ReadingRestated".equals(reading.lastChange().type());
    }

    private Direction against(Reading reading, Period earlier) {
        Reading before = parts.one(reading.planId(), reading.measureId() + "@" + earlier, Reading.class, reading.asAt());
        return Direction.of(reading.value(), before == null ? null : before.value(), measureOf(reading).betterWhen());
    }

    private Measure measureOf(Reading reading) {
        return parts.one(reading.planId(), reading.measureId(), Measure.class, reading.asAt());
    }
}
