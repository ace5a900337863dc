package io.plantrail.graphql;

import io.plantrail.monitoring.Direction;
import io.plantrail.monitoring.Period;
import io.plantrail.monitoring.ReadingStatus;
import io.plantrail.readmodel.part.Measure;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.Reading;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Measures and their readings on two time axes: the period a reading is for, and the point the
 * plan is read at (what was known then). Status and direction are worked out on reading, from the
 * measure and readings as at that same point, so an answer given then can be given again. A
 * reading's worked-out fields are batched: each measure is read once per answer, not once a field.
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
            Reading one = parts.one(measure.planId(), Period.parse(period).readingOf(measure.id()), Reading.class, measure.asAt());
            return one == null ? List.of() : List.of(one);
        }
        return parts.children(List.of(measure), Reading.class).get(0).stream()
                .sorted(Comparator.comparing(Reading::periodOf)).toList();
    }

    @BatchMapping(typeName = "Reading")
    Map<Reading, BigDecimal> target(List<Reading> readings) {
        Map<Reading, Measure> measures = measuresOf(readings);
        return each(readings, reading -> measures.get(reading).targetFor(reading.periodOf()));
    }

    @BatchMapping(typeName = "Reading")
    Map<Reading, ReadingStatus> status(List<Reading> readings) {
        Map<Reading, Measure> measures = measuresOf(readings);
        return each(readings, reading -> measures.get(reading).statusOf(reading));
    }

    @BatchMapping(typeName = "Reading")
    Map<Reading, String> statusInWords(List<Reading> readings) {
        Map<Reading, Measure> measures = measuresOf(readings);
        return each(readings, reading -> {
            ReadingStatus status = measures.get(reading).statusOf(reading);
            return status.shape() + " " + status.inWords();
        });
    }

    @BatchMapping(typeName = "Reading")
    Map<Reading, Direction> direction(List<Reading> readings) {
        return against(readings, Period::previous);
    }

    @BatchMapping(typeName = "Reading")
    Map<Reading, Direction> directionOnYear(List<Reading> readings) {
        return against(readings, Period::yearBefore);
    }

    @SchemaMapping(typeName = "Reading")
    boolean restated(Reading reading) {
        return reading.restated();
    }

    private Map<Reading, Direction> against(List<Reading> readings, Function<Period, Period> earlier) {
        Map<Reading, Measure> measures = measuresOf(readings);
        return each(readings, reading -> {
            Reading before = parts.one(reading.planId(), earlier.apply(reading.periodOf()).readingOf(reading.measureId()),
                    Reading.class, reading.asAt());
            return Direction.of(reading.value(), before == null ? null : before.value(),
                    measures.get(reading).betterWhen());
        });
    }

    /** The measure of each reading as at the reading's own point, each measure and point read once. */
    private Map<Reading, Measure> measuresOf(List<Reading> readings) {
        Map<String, Measure> read = new HashMap<>();
        return each(readings, reading -> read.computeIfAbsent(reading.planId() + "/" + reading.asAt() + "/" + reading.measureId(),
                key -> parts.one(reading.planId(), reading.measureId(), Measure.class, reading.asAt())));
    }

    private static <V> Map<Reading, V> each(List<Reading> readings, Function<Reading, V> value) {
        Map<Reading, V> values = new LinkedHashMap<>();
        readings.forEach(reading -> values.put(reading, value.apply(reading)));
        return values;
    }
}
