package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.monitoring.BetterWhen;
import io.plantrail.monitoring.Frequency;
import io.plantrail.monitoring.Period;
import io.plantrail.monitoring.ReadingStatus;
import io.plantrail.monitoring.YearTarget;
import io.plantrail.readmodel.LoggedChange;
import java.math.BigDecimal;
import java.util.List;

/** A measure as at a plan version: what is counted, which way is better, its targets year by year. */
public record Measure(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                      String title, String indicator, String appliesTo, String counts, String unit, BetterWhen betterWhen,
                      Frequency frequency, BigDecimal tolerance, BigDecimal baseline, String baselinePeriod,
                      List<YearTarget> targets, List<Gap> gaps, String notes) implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(title, indicator);
    }

    /** The target a reading for this period is held to, its council year's; null where there is none. */
    public BigDecimal targetFor(Period period) {
        return targets.stream().filter(target -> period.year().equals(target.year())).map(YearTarget::target)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** A reading of this measure against its year's target, by the measure's rules. */
    public ReadingStatus statusOf(Reading reading) {
        return ReadingStatus.of(reading.value(), targetFor(reading.periodOf()), tolerance, betterWhen);
    }
}
