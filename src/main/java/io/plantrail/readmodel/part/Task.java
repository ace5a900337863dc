package io.plantrail.readmodel.part;

import io.plantrail.change.Contact;
import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import io.plantrail.improvement.TaskStatus;
import java.util.List;

/** An improvement-plan task as at a plan version; its officers as stored, sealed. */
public record Task(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                   String task, String summary, List<Contact> officers, String officerResponsible, TaskStatus status,
                   String actionsFor2004, List<Gap> gaps, String notes, String chiefOfficer, String portfolioHolder)
        implements PlanPart {

    static Task read(StoredFields f) {
        return new Task(f.id(), f.planId(), f.parentId(), f.asAt(), f.version(), f.lastChange(),
                f.text("task"), f.text("summary"), f.contacts("officers"), f.text("officerResponsible"),
                f.text("status") == null ? null : TaskStatus.valueOf(f.text("status")), f.text("actionsFor2004"),
                f.gaps(), f.text("notes"), f.text("chiefOfficer"), f.text("portfolioHolder"));
    }
}
