package io.plantrail.graphql.input;

import io.plantrail.plan.CpaDetails;
import io.plantrail.plan.ServiceScore;
import java.util.List;

/** The CPA as sent; in a revision, a field left out stays as it is. */
public record CpaInput(String overallRating, String previousRating, String assessedAt, String corporateScore,
                       List<String> findings, List<ServiceScoreInput> serviceScores, List<GapInput> gaps,
                       String notes) {

    /** A CPA score for one service area. */
    public record ServiceScoreInput(String service, Integer score) {
    }

    public CpaDetails toDetails() {
        List<ServiceScore> scores = serviceScores == null ? null : serviceScores.stream()
                .map(score -> score == null ? null : new ServiceScore(score.service(), score.score())).toList();
        return new CpaDetails(overallRating, previousRating, assessedAt, corporateScore, findings, scores,
                GapInput.toGaps(gaps), notes);
    }
}
