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

    @Override
    public String label() {
        return null;
    }
}
