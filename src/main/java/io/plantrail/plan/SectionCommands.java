package io.plantrail.plan;

import io.plantrail.change.PlanCommand;

/** Commands on the narrative sections of the plan document. */
public final class SectionCommands {

    private SectionCommands() {
    }

    public record AddSection(String planId, String key, SectionDetails details) implements PlanCommand {
    }

    public record ReviseSection(String planId, String sectionId, SectionDetails details) implements PlanCommand {
    }

    public record RemoveSection(String planId, String sectionId) implements PlanCommand {
    }
}
