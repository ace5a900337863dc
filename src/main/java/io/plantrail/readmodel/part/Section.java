package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.List;

/** A narrative section of the plan document as at a plan version. */
public record Section(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                      String heading, List<String> paragraphs, List<Gap> gaps, String notes) implements PlanPart {

    static Section read(StoredFields f) {
        return new Section(f.id(), f.planId(), f.parentId(), f.asAt(), f.version(), f.lastChange(),
                f.text("heading"), f.texts("paragraphs"), f.gaps(), f.text("notes"));
    }
}
