package io.plantrail.change;

/** A command to change one plan; the plan id routes it to the plan's event stream. */
public interface PlanCommand {

    String planId();
}
