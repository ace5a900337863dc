package io.plantrail.plan;

import io.plantrail.change.PlanCommand;

/** Commands on themes. */
public final class ThemeCommands {

    private ThemeCommands() {
    }

    public record AddTheme(String planId, String key, ThemeDetails details) implements PlanCommand {
    }

    public record ReviseTheme(String planId, String themeId, ThemeDetails details) implements PlanCommand {
    }

    public record RemoveTheme(String planId, String themeId) implements PlanCommand {
    }
}
