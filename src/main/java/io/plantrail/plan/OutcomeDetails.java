package io.plantrail.plan;

import io.plantrail.change.Contact;
import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/** One row of an outcome table: what was done in 2003/04, what is planned, who to contact. */
public record OutcomeDetails(String title, String leadDirectorate, String achievements, List<String> actions, List<String> plans, List<String> indicators, List<Contact> contacts, List<Gap> gaps, String notes) {
    public OutcomeDetails {
        actions = Rules.frozen(actions);
        plans = Rules.frozen(plans);
        indicators = Rules.frozen(indicators);
        contacts = Rules.frozen(contacts);
        gaps = Rules.frozen(gaps);
    }
}
