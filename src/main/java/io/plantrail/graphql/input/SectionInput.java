package io.plantrail.graphql.input;

import io.plantrail.plan.SectionDetails;
import java.util.List;

/** A narrative section as sent; in a revision, a field left out stays as it is. */
public record SectionInput(String heading, List<String> paragraphs, List<GapInput> gaps, String notes) {

    public SectionDetails toDetails() {
        return new SectionDetails(heading, paragraphs, GapInput.toGaps(gaps), notes);
    }
}
