package io.plantrail.graphql.input;

import io.plantrail.improvement.ProgressEntryDetails;

/** A statement of progress on a task as sent, dated as the tracker dates it. */
public record ProgressInput(String date, String text) {

    public ProgressEntryDetails toDetails() {
        return new ProgressEntryDetails(date, text);
    }
}
