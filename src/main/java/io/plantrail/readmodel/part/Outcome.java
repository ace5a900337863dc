package io.plantrail.readmodel.part;

import io.plantrail.change.Contact;
import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** One row of an outcome table as at a plan version, under its priority; contacts as stored, sealed. */
public record Outcome(String id, String planId, String priorityId, long asAt, long version,
                      LoggedChange lastChange, String title, String leadDirectorate, String achievements,
                      List<String> actions, List<String> plans, List<String> indicators, List<Contact> contacts,
                      List<Gap> gaps, String notes) implements PlanPart {

    @Override
    public String parentId() {
        return priorityId;
    }

    static Outcome read(StoredFields f) {
        return new Outcome(f.id(), f.planId(), f.parentId(), f.asAt(), f.version(), f.lastChange(),
                f.text("title"), f.text("leadDirectorate"), f.text("achievements"), f.texts("actions"),
                f.texts("plans"), f.texts("indicators"), f.contacts("contacts"), f.gaps(), f.text("notes"));
    }
}
