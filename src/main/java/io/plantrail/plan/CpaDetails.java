package io.plantrail.plan;

import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.util.List;

/** The Comprehensive Performance Assessment as the plan reports it. */
public record CpaDetails(String overallRating, String previousRating, String assessedAt, String corporateScore, List<String> findings, List<ServiceScore> serviceScores, List<Gap> gaps, String notes) {
    public CpaDetails {
        findings = Rules.frozen(findings);
        serviceScores = Rules.frozen(serviceScores);
        gaps = Rules.frozen(gaps);
    }
}
