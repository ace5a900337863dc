package io.plantrail.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PinnedQueryTest {

    private static Optional<Set<String>> now(String query, Map<String, Object> variables) {
        return PinnedQuery.plansAnswerDependsOn(new ParsedQueries().operation(query, null), variables);
    }

    @Test
    void aNamedPlanAsItStandsNowIsReadNow() {
        assertThat(now("{ plan(id: \"p\") { version } }", Map.of())).contains(Set.of("p"));
        assertThat(now("query($p: ID!) { plan(id: $p) { version } }", Map.of("p", "p"))).contains(Set.of("p"));
        assertThat(now("{ plan(id: \"p\", asAt: null) { version } completeness(planId: \"q\") { openGaps } }", Map.of()))
                .contains(Set.of("p", "q"));
        assertThat(now("{ planDiff(planId: \"p\", from: {draft: 1}) { summary { changed } } }", Map.of())).contains(Set.of("p"));
        Map<String, Object> noPoint = new HashMap<>();
        noPoint.put("at", null);
        assertThat(now("query($at: AsAt) { plan(id: \"p\", asAt: $at) { version } }", noPoint)).contains(Set.of("p"));
    }

    @Test
    void aPinnedQuestionDependsOnNoVersion() {
        assertThat(now("{ plan(id: \"p\", asAt: {draft: 1}) { version } }", Map.of())).contains(Set.of());
        assertThat(now("query($v: Int) { planDiff(planId: \"p\", from: {draft: 1}, to: {version: $v}) { summary { changed } } }",
                Map.of("v", 300))).contains(Set.of());
    }

    @Test
    void anythingElseIsNot() {
        assertThat(now("{ plan(id: \"p\", asAt: {timestamp: \"2026-01-01T00:00:00Z\"}) { version } }", Map.of())).isEmpty();
        assertThat(now("query($at: AsAt) { plan(id: \"p\", asAt: $at) { version } }", Map.of("at", Map.of("timestamp", "x"))))
                .isEmpty();
        assertThat(now("{ plans { id version } }", Map.of())).isEmpty();
        assertThat(now("{ plan(id: \"p\") { version } history(entityId: \"ENV-A-1\") { totalCount } }", Map.of())).isEmpty();
        assertThat(now("query($p: ID!) { plan(id: $p) { version } }", Map.of())).as("no plan named").isEmpty();
        assertThat(now("mutation { issueDraft(planId: \"p\", label: \"D\", documentDate: \"2004-05-12\", reason: \"r\") { id } }",
                Map.of())).isEmpty();
        assertThat(now("{ me { name } }", Map.of())).isEmpty();
    }
}
