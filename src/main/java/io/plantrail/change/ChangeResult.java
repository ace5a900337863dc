package io.plantrail.change;

/** What a change returns: the plan version it produced and the entity it touched. */
public record ChangeResult(long planVersion, String entityId) {
}
