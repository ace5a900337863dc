package io.plantrail.readmodel.part;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.plantrail.change.Contact;
import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** One row of an outcome table as at a plan version, under its priority; contacts as stored, sealed. */
public record Outcome(String id, String planId, @JsonAlias("parentId") String priorityId, long asAt, long version,
                      LoggedChange lastChange, String title, String leadDirectorate, String achievements,
                      List<String> actions, List<String> plans, List<String> indicators, List<Contact> contacts,
                      List<Gap> gaps, String notes) implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(title);
    }

    @Override
    public String parentId() {
        return priorityId;
    }
}
