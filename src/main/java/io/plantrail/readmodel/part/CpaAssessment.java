package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import io.plantrail.plan.ServiceScore;
import java.util.List;

/** The Comprehensive Performance Assessment the plan reports, as at a plan version. */
public record CpaAssessment(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                            String overallRating, String previousRating, String assessedAt, String corporateScore,
                            List<String> findings, List<ServiceScore> serviceScores, List<Gap> gaps,
                            String notes) implements PlanPart {

    static CpaAssessment read(StoredFields f) {
        return new CpaAssessment(f.id(), f.planId(), f.parentId(), f.asAt(), f.version(), f.lastChange(),
                f.text("overallRating"), f.text("previousRating"), f.text("assessedAt"),
                f.text("corporateScore"), f.texts("findings"), f.serviceScores(), f.gaps(), f.text("notes"));
    }
}
