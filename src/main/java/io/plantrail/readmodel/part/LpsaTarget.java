package io.plantrail.readmodel.part;

import io.plantrail.readmodel.LoggedChange;

/** One of the Local Public Service Agreement's stretch targets as at a plan version. */
public record LpsaTarget(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                         Integer number, String title, Boolean local) implements PlanPart {

    static LpsaTarget read(StoredFields f) {
        return new LpsaTarget(f.id(), f.planId(), f.parentId(), f.asAt(), f.version(), f.lastChange(),
                f.integer("number"), f.text("title"), f.bool("local"));
    }
}
