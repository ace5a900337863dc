package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** A priority area of the improvement plan as at a plan version; its tasks are read as a batch. */
public record PriorityArea(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                           String name, String chiefOfficer, String portfolioHolder, List<Gap> gaps,
                           String notes) implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(name);
    }
}
