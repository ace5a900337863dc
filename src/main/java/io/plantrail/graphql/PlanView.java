package io.plantrail.graphql;

/** A plan as one answer sees it: everything under it is read as at {@code version}. */
public record PlanView(String id, String title, String council, long version) {
}
