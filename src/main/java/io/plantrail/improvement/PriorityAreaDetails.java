package io.plantrail.improvement;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/** A priority area of the improvement plan, with the chief officer and portfolio holder responsible. */
public record PriorityAreaDetails(String name, String chiefOfficer, String portfolioHolder, List<Gap> gaps, String notes) {
    public PriorityAreaDetails {
        gaps = Rules.frozen(gaps);
    }
}
