package io.plantrail.graphql;

import io.plantrail.readmodel.Completeness;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Every gap still open in a plan, as at any point: what the committee still waits for. */
@Controller
class CompletenessQueries {

    private final AsAtResolver asAtResolver;
    private final Completeness completeness;

    CompletenessQueries(AsAtResolver asAtResolver, Completeness completeness) {
        this.asAtResolver = asAtResolver;
        this.completeness = completeness;
    }

    record Report(String planId, long planVersion, int openGaps, List<Completeness.OpenGap> gaps) {
    }

    @QueryMapping(name = "completeness")
    Report completeness(@Argument String planId, @Argument AsAt asAt) {
        long version = asAtResolver.versionOf(planId, asAt);
        List<Completeness.OpenGap> gaps = completeness.openGaps(planId, version);
        return new Report(planId, version, gaps.size(), gaps);
    }
}
