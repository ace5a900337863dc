package io.plantrail.readmodel.part;

import io.plantrail.monitoring.Period;
import io.plantrail.readmodel.LoggedChange;
import java.math.BigDecimal;

/**
 * A measure's reading for a period as known at a plan version: as first reported, or as last
 * restated before then. Its parent is the measure.
 */
public record Reading(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                      String period, BigDecimal value, String comment, String dataQuality) implements PlanPart {

    @Override
    public String label() {
        return parentId + " " + period;
    }

    public String measureId() {
        return parentId;
    }

    public Period periodOf() {
        return Period.parse(period);
    }

    /** Whether this figure restates an earlier report of its period. */
    public boolean restated() {
        return lastChange != null && "ReadingRestated".equals(lastChange.type());
    }
}
