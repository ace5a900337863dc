package io.plantrail.plan;

import io.plantrail.change.Gap;
import java.util.List;

/** The Comprehensive Performance Assessment as the plan reports it. */
public record CpaDetails(String overallRating, String previousRating, String assessedAt, String corporateScore, List<String> findings, List<ServiceScore> serviceScores, List<Gap> gaps, String notes) {
}
