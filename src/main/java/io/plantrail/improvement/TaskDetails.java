package io.plantrail.improvement;

import io.plantrail.plan.Gap;
import java.util.List;

/** An improvement-plan task: the tracker's wording, the plan's summary, who is responsible, where it stands. */
public record TaskDetails(String task, String summary, String officerResponsible, TaskStatus status, String actionsFor2004, List<Gap> gaps, String notes) {
}
