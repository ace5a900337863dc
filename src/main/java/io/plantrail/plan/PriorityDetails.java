package io.plantrail.plan;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/** A lettered priority within a theme. */
public record PriorityDetails(String letter, String title, List<Gap> gaps, String notes) {
    public PriorityDetails {
        gaps = Rules.frozen(gaps);
    }
}
