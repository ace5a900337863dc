package io.plantrail.plan;

import io.plantrail.change.Gap;
import java.util.List;

/** A lettered priority within a theme. */
public record PriorityDetails(String letter, String title, List<Gap> gaps, String notes) {
}
