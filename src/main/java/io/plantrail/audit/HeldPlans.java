package io.plantrail.audit;

/**
 * The plans this node holds in memory between changes. Where other nodes write to the same
 * store, a plan held here can be behind the log; a refusal decided on such a copy is not to be
 * trusted until the plan is read again.
 */
public interface HeldPlans {

    /** Drops the plan if the log has moved past {@code planVersion}; true if it did, so the change is worth trying again. */
    boolean dropIfBehind(String planId, long planVersion);
}
