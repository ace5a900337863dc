package io.plantrail.graphql.input;

import io.plantrail.improvement.PriorityAreaDetails;
import java.util.List;

/** An improvement-plan priority area as sent; in a revision, a field left out stays as it is. */
public record PriorityAreaInput(String name, String chiefOfficer, String portfolioHolder, List<GapInput> gaps,
                                String notes) {

    public PriorityAreaDetails toDetails() {
        return new PriorityAreaDetails(name, chiefOfficer, portfolioHolder, GapInput.toGaps(gaps), notes);
    }
}
