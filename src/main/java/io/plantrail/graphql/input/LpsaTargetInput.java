package io.plantrail.graphql.input;

import io.plantrail.plan.LpsaTargetDetails;

/** An LPSA stretch target as sent. */
public record LpsaTargetInput(Integer number, String title, Boolean local) {

    public LpsaTargetDetails toDetails() {
        return new LpsaTargetDetails(number, title, local);
    }
}
