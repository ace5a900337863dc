package io.plantrail.readmodel.part;

import io.plantrail.change.Contact;
import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import io.plantrail.improvement.TaskStatus;
import java.util.List;

/** An improvement-plan task as at a plan version; its officers as stored, sealed. */
public record Task(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                   String task, String summary, String officerResponsible, TaskStatus status, String actionsFor2004,
                   List<Gap> gaps, String notes, List<Contact> officers, String chiefOfficer, String portfolioHolder)
        implements PlanPart {

    @Override
    public String label() {
        return PlanPart.firstOf(task, summary);
    }
}
