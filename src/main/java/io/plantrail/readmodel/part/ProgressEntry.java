package io.plantrail.readmodel.part;

import io.plantrail.readmodel.LoggedChange;

/** A statement of progress on a task as at a plan version. */
public record ProgressEntry(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                            String date, String text) implements PlanPart {

    @Override
    public String label() {
        return null;
    }
}
