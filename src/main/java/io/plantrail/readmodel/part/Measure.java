package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.monitoring.BetterWhen;
import io.plantrail.monitoring.Frequency;
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

    /** The target for a council year; empty where the measure is not planned for it or the plan gives no figure. */
    public BigDecimal targetFor(String year) {
        return targets.stream().filter(target -> year.equals(target.year())).map(YearTarget::target)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
