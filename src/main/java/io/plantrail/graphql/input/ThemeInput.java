package io.plantrail.graphql.input;

import io.plantrail.plan.ThemeDetails;
import java.util.List;

/** A theme as sent; in a revision, a field left out stays as it is. */
public record ThemeInput(String name, String heading, String statement, List<GapInput> gaps) {

    public ThemeDetails toDetails() {
        return new ThemeDetails(name, heading, statement, GapInput.toGaps(gaps));
    }
}
