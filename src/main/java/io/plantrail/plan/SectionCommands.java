package io.plantrail.plan;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on the narrative sections of the plan document. */
public final class SectionCommands {

    private SectionCommands() {
    }

    public record AddSection(String planId, String key, SectionDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseSection(String planId, String sectionId, SectionDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public ReviseSection {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseSection(String planId, String sectionId, SectionDetails details) {
            this(planId, sectionId, details, null, null);
        }

        @Override
        public String entityId() {
            return sectionId;
        }
    }

    public record RemoveSection(String planId, String sectionId, Long expectedVersion) implements ChangeToExisting {

        public RemoveSection(String planId, String sectionId) {
            this(planId, sectionId, null);
        }

        @Override
        public String entityId() {
            return sectionId;
        }
    }
}
