package io.plantrail.plan;

import io.plantrail.change.PlanCommand;
import java.time.LocalDate;

/** Commands that open a plan and issue its drafts. */
public final class PlanLifecycleCommands {

    private PlanLifecycleCommands() {
    }

    public record StartPlan(String planId, String title, String council) implements PlanCommand {
    }

    public record IssueDraft(String planId, String label, LocalDate documentDate) implements PlanCommand {
    }
}
