package io.plantrail.graphql.input;

import io.plantrail.plan.TargetDetails;
import java.math.BigDecimal;
import java.util.List;

/** A measurable target as sent; in a revision, a field left out stays as it is. */
public record TargetInput(String description, String indicator, BigDecimal baseline, String baselinePrinted,
                          BigDecimal target, String targetPrinted, String unit, String byWhen, String source,
                          List<GapInput> gaps) {

    public TargetDetails toDetails() {
        return new TargetDetails(description, indicator, baseline, baselinePrinted, target, targetPrinted, unit, byWhen,
                source, GapInput.toGaps(gaps));
    }
}
