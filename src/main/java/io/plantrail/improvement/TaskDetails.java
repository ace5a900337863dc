package io.plantrail.improvement;

import io.plantrail.change.Contact;
import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/**
 * An improvement-plan task: the tracker's wording, the plan's summary, who is responsible, where
 * it stands. The officers responsible are personal data, sealed like an outcome's contacts;
 * {@code officerResponsible} is only ever a role or initials, never a person's name.
 * {@code chiefOfficer} and {@code portfolioHolder} (initials) only where the task's row prints its
 * own, other than its area's.
 */
public record TaskDetails(String task, String summary, String officerResponsible, TaskStatus status, String actionsFor2004,
                          List<Gap> gaps, String notes, List<Contact> officers, String chiefOfficer, String portfolioHolder) {
    public TaskDetails {
        gaps = Rules.frozen(gaps);
        officers = Rules.frozen(officers);
    }

    public TaskDetails(String task, String summary, String officerResponsible, TaskStatus status, String actionsFor2004,
                       List<Gap> gaps, String notes, List<Contact> officers) {
        this(task, summary, officerResponsible, status, actionsFor2004, gaps, notes, officers, null, null);
    }
}
