package io.plantrail.plan;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on themes. */
public final class ThemeCommands {

    private ThemeCommands() {
    }

    public record AddTheme(String planId, String key, ThemeDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseTheme(String planId, String themeId, ThemeDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public ReviseTheme {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseTheme(String planId, String themeId, ThemeDetails details) {
            this(planId, themeId, details, null, null);
        }

        @Override
        public String entityId() {
            return themeId;
        }
    }

    public record RemoveTheme(String planId, String themeId, Long expectedVersion) implements ChangeToExisting {

        public RemoveTheme(String planId, String themeId) {
            this(planId, themeId, null);
        }

        @Override
        public String entityId() {
            return themeId;
        }
    }
}
