package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.math.BigDecimal;
import java.util.List;

/** A measurable target of an outcome as at a plan version; its parent is the outcome. */
public record Target(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                     String description, String indicator, BigDecimal baseline, String baselinePrinted,
                     BigDecimal target, String targetPrinted, String unit, String byWhen, String source,
                     List<Gap> gaps) implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(description);
    }
}
