package io.plantrail.graphql.input;

import io.plantrail.plan.PriorityDetails;
import java.util.List;

/** A lettered priority as sent; in a revision, a field left out stays as it is. */
public record PriorityInput(String letter, String title, List<GapInput> gaps, String notes) {

    public PriorityDetails toDetails() {
        return new PriorityDetails(letter, title, GapInput.toGaps(gaps), notes);
    }
}
