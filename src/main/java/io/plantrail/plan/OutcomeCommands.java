package io.plantrail.plan;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Commands on outcomes; an outcome's id is its priority's and its number. */
public final class OutcomeCommands {

    private OutcomeCommands() {
    }

    public record AddOutcome(String planId, String priorityId, OutcomeDetails details) implements PlanCommand {
    }

    /** {@code cleared}: the fields to empty, those sent as null; a field left out of {@code details} stays as it is. */
    public record ReviseOutcome(String planId, String outcomeId, OutcomeDetails details, SortedSet<String> cleared, Long expectedVersion)
            implements ChangeToExisting {
        public ReviseOutcome {
            cleared = Collections.unmodifiableSortedSet(cleared == null ? new TreeSet<>() : new TreeSet<>(cleared));
        }

        public ReviseOutcome(String planId, String outcomeId, OutcomeDetails details) {
            this(planId, outcomeId, details, null, null);
        }

        @Override
        public String entityId() {
            return outcomeId;
        }
    }

    public record RemoveOutcome(String planId, String outcomeId, Long expectedVersion) implements ChangeToExisting {

        public RemoveOutcome(String planId, String outcomeId) {
            this(planId, outcomeId, null);
        }

        @Override
        public String entityId() {
            return outcomeId;
        }
    }

    /** Erases a contact's personal data on their request (by the person id their contacts are sealed under). */
    public record EraseContact(String planId, String personId) implements PlanCommand {
    }
}
