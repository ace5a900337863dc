package io.plantrail.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanSpansTest {

    private final PlanSpans spans = new PlanSpans(20);

    @Test
    void answersOneKindAsAtAVersionInPlanOrder() {
        spans.put(span("O-2", EntityKind.OUTCOME, "P-1", 2, 1, null));
        spans.put(span("O-1", EntityKind.OUTCOME, "P-1", 1, 1, 5L));
        spans.put(span("O-1", EntityKind.OUTCOME, "P-1", 1, 5, null));
        spans.put(span("T-1", EntityKind.TARGET, "O-1", 3, 3, null));

        assertThat(ids(spans.currentAt(4, EntityKind.OUTCOME, span -> true))).containsExactly("O-1@1", "O-2@1");
        assertThat(ids(spans.currentAt(6, EntityKind.OUTCOME, span -> true))).containsExactly("O-1@5", "O-2@1");
        assertThat(ids(spans.currentAt(6, EntityKind.TARGET, span -> true))).containsExactly("T-1@3");
        assertThat(ids(spans.currentAt(6, null, span -> true))).containsExactly("O-1@5", "O-2@1", "T-1@3");
        assertThat(spans.currentAt(6, EntityKind.THEME, span -> true)).isEmpty();
    }

    @Test
    void anIdRemovedAndAddedAgainAsAnotherKindIsFoundAsWhatItWasAtEachVersion() {
        spans.put(span("X-1", EntityKind.OUTCOME, "P-1", 1, 1, 4L));
        spans.put(span("X-1", EntityKind.TARGET, "O-9", 2, 6, null));

        assertThat(ids(spans.currentAt(3, EntityKind.OUTCOME, span -> true))).containsExactly("X-1@1");
        assertThat(spans.currentAt(3, EntityKind.TARGET, span -> true)).isEmpty();
        assertThat(spans.currentAt(7, EntityKind.OUTCOME, span -> true)).isEmpty();
        assertThat(ids(spans.currentAt(7, EntityKind.TARGET, span -> true))).containsExactly("X-1@6");
    }

    @Test
    void listsAnEntitysVersionsNewestFirst() {
        for (long from = 1; from <= 5; from++) {
            spans.put(span("O-1", EntityKind.OUTCOME, "P-1", 1, from, from == 5 ? null : from + 1));
        }
        assertThat(spans.of("O-1")).extracting(Span::from).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    private static Span span(String id, EntityKind kind, String parentId, long ordinal, long from, Long to) {
        return new Span("plan", id, kind, parentId, ordinal, from, to);
    }

    private static List<String> ids(List<Span> found) {
        return found.stream().map(span -> span.entityId() + "@" + span.from()).toList();
    }
}
