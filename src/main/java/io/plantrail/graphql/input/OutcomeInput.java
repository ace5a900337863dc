package io.plantrail.graphql.input;

import io.plantrail.plan.OutcomeDetails;
import java.util.List;

/** An outcome as sent, its contacts still plain; in a revision, a field left out stays as it is. */
public record OutcomeInput(String title, String leadDirectorate, String achievements, List<String> actions,
                           List<String> plans, List<String> indicators, List<ContactInput> contacts,
                           List<GapInput> gaps, String notes) {

    public OutcomeDetails toDetails() {
        return new OutcomeDetails(title, leadDirectorate, achievements, actions, plans, indicators,
                ContactInput.toContacts(contacts), GapInput.toGaps(gaps), notes);
    }
}
