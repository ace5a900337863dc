package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** A theme of the plan as at a plan version; its priorities are read as a batch. */
public record Theme(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                    String name, String heading, String statement, List<Gap> gaps) implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(name, heading);
    }
}
