package io.plantrail.document;

/** A point of the plan a document is read at, and the words a reader knows it by ("Draft 2, dated 12/05/2004"). */
public record PlanPoint(long version, String label) {
}
