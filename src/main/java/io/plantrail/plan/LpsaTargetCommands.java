package io.plantrail.plan;

import io.plantrail.change.PlanCommand;

/** Commands on the LPSA targets. */
public final class LpsaTargetCommands {

    private LpsaTargetCommands() {
    }

    public record AddLpsaTarget(String planId, LpsaTargetDetails details) implements PlanCommand {
    }

    public record ReviseLpsaTarget(String planId, String lpsaTargetId, LpsaTargetDetails details) implements PlanCommand {
    }

    public record RemoveLpsaTarget(String planId, String lpsaTargetId) implements PlanCommand {
    }
}
