package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** A lettered priority within a theme as at a plan version; its parent is the theme. */
public record Priority(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                       String letter, String title, List<Gap> gaps, String notes) implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(title);
    }
}
