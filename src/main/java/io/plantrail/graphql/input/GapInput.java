package io.plantrail.graphql.input;

import io.plantrail.change.Gap;
import io.plantrail.change.GapKind;
import java.util.List;

/** A hole the source leaves, as an officer flags it. */
public record GapInput(String field, GapKind kind, String wording, String note) {

    Gap toGap() {
        return new Gap(field, kind, wording, note);
    }

    /** Null stays null: a revision that leaves gaps out keeps the entity's gaps. */
    static List<Gap> toGaps(List<GapInput> gaps) {
        return gaps == null ? null : gaps.stream().map(gap -> gap == null ? null : gap.toGap()).toList();
    }
}
