package io.plantrail.readmodel.part;

import io.plantrail.readmodel.LoggedChange;

/** A statement of progress on a task as at a plan version. */
public record ProgressEntry(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                            String date, String text) implements PlanPart {

    static ProgressEntry read(StoredFields f) {
        return new ProgressEntry(f.id(), f.planId(), f.parentId(), f.asAt(), f.version(), f.lastChange(),
                f.text("date"), f.text("text"));
    }
}
