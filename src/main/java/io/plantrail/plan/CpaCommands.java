package io.plantrail.plan;

import io.plantrail.change.PlanCommand;

/** Commands on the recorded CPA assessment. */
public final class CpaCommands {

    private CpaCommands() {
    }

    public record RecordCpaAssessment(String planId, CpaDetails details) implements PlanCommand {
    }

    public record ReviseCpaAssessment(String planId, CpaDetails details) implements PlanCommand {
    }
}
