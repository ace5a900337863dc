package io.plantrail.plan;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.math.BigDecimal;
import java.util.List;

/** A measurable target: from a baseline to a value by a date, as the source gives it. */
public record TargetDetails(String description, String indicator, BigDecimal baseline, String baselinePrinted, BigDecimal target, String targetPrinted, String unit, String byWhen, String source, List<Gap> gaps) {
    public TargetDetails {
        gaps = Rules.frozen(gaps);
    }
}
