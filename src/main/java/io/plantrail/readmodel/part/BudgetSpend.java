package io.plantrail.readmodel.part;

import io.plantrail.monitoring.Period;
import io.plantrail.readmodel.LoggedChange;
import java.math.BigDecimal;

/**
 * A budget line's forecast outturn and actual spend for a period as known at a plan version: as
 * first reported, or as last restated before then. Its parent is the line.
 */
public record BudgetSpend(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                          String period, BigDecimal forecast, BigDecimal actual, String comment) implements PlanPart {

    @Override
    public String label() {
        return parentId + " " + period;
    }

    public String lineId() {
        return parentId;
    }

    /** The budget column of its council year (2004-05 for 2004/05). */
    public String column() {
        return Period.parse(period).year().replace('/', '-');
    }

    /** Whether this report restates an earlier one of its period. */
    public boolean restated() {
        return lastChange != null && "BudgetSpendRestated".equals(lastChange.type());
    }
}
