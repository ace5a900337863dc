package io.plantrail.change;

/**
 * A change to something the plan already has: the entity it changes, and the plan version of that
 * entity its author last saw. The plan refuses it as a CONFLICT if the entity has changed since.
 * An author who does not say which version they saw ({@code expectedVersion} null) is not checked.
 */
public interface ChangeToExisting extends PlanCommand {

    /** The entity changed (ENV-A-1, MTBS-3, CPA). */
    String entityId();

    Long expectedVersion();
}
