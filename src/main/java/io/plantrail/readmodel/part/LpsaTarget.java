package io.plantrail.readmodel.part;

import io.plantrail.readmodel.LoggedChange;

/** One of the Local Public Service Agreement's stretch targets as at a plan version. */
public record LpsaTarget(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                         Integer number, String title, Boolean local) implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(title);
    }
}
