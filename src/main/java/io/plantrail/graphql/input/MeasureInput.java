package io.plantrail.graphql.input;

import io.plantrail.monitoring.BetterWhen;
import io.plantrail.monitoring.Frequency;
import io.plantrail.monitoring.MeasureDetails;
import io.plantrail.monitoring.YearTarget;
import java.math.BigDecimal;
import java.util.List;

/** A measure as sent; in a revision, a field left out stays as it is. */
public record MeasureInput(String title, String indicator, String appliesTo, String counts, String unit,
                           BetterWhen betterWhen, Frequency frequency, BigDecimal tolerance, BigDecimal baseline,
                           String baselinePeriod, List<YearTargetInput> targets, List<GapInput> gaps, String notes) {

    /** A year's target as sent: no figure where the plan gives none (then flag a gap on targets.<year>). */
    public record YearTargetInput(String year, BigDecimal target) {
    }

    public MeasureDetails toDetails() {
        List<YearTarget> years = targets == null ? null
                : targets.stream().map(target -> new YearTarget(target.year(), target.target())).toList();
        return new MeasureDetails(title, indicator, appliesTo, counts, unit, betterWhen, frequency, tolerance, baseline,
                baselinePeriod, years, GapInput.toGaps(gaps), notes);
    }
}
