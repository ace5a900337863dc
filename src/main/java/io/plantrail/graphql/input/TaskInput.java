package io.plantrail.graphql.input;

import io.plantrail.improvement.TaskDetails;
import io.plantrail.improvement.TaskStatus;
import java.util.List;

/** An improvement-plan task as sent, its officers still plain; in a revision, a field left out stays as it is. */
public record TaskInput(String task, String summary, List<ContactInput> officers, String officerResponsible,
                        TaskStatus status, String actionsFor2004, List<GapInput> gaps, String notes, String chiefOfficer,
                        String portfolioHolder) {

    public TaskDetails toDetails() {
        return new TaskDetails(task, summary, officerResponsible, status, actionsFor2004, GapInput.toGaps(gaps), notes,
                ContactInput.toContacts(officers), chiefOfficer, portfolioHolder);
    }
}
