package io.plantrail.monitoring;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.math.BigDecimal;
import java.util.List;

/**
 * What is counted against a part of the plan ({@code appliesTo}: a target, an LPSA target, an
 * outcome) or an indicator it names ({@code indicator}: BVPI 62), in which unit, which way is
 * better, how often, how close to target counts as close ({@code tolerance}, in the unit), from
 * what baseline, and the target of each year it is planned for. Readings are for those years only.
 */
public record MeasureDetails(String title, String indicator, String appliesTo, String counts, String unit,
                             BetterWhen betterWhen, Frequency frequency, BigDecimal tolerance, BigDecimal baseline,
                             String baselinePeriod, List<YearTarget> targets, List<Gap> gaps, String notes) {
    public MeasureDetails {
        targets = Rules.frozen(targets);
        gaps = Rules.frozen(gaps);
    }
}
