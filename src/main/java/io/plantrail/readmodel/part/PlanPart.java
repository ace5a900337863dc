package io.plantrail.readmodel.part;

import io.plantrail.change.Gap;
import io.plantrail.readmodel.LoggedChange;
import java.util.Arrays;
import java.util.List;

/**
 * One entity of a plan as at a plan version, typed for the API: the GraphQL type of the same
 * name reads its fields, so the schema inspection can check every one of them.
 */
public sealed interface PlanPart
        permits Draft, Section, Theme, Priority, Outcome, Target, LpsaTarget, CpaAssessment, BudgetTable, BudgetLine,
        PriorityArea, Task, ProgressEntry, Measure, Reading, BudgetSpend, ScrutinyQuestion {

    String id();

    String planId();

    /** The part it sits under (an outcome's priority, a line's table); null at the top. */
    String parentId();

    /** The plan version asked about. */
    long asAt();

    /** The plan version of its last change. */
    long version();

    /** Who changed it last, why, when; for a draft, its issue. */
    LoggedChange lastChange();

    /** The words a reader knows it by, whichever its kind has (MTBS-8 is "Budgeted Growth"); null if none. */
    String label();

    /** What the source left to be completed in it; none for a kind that has no gaps. */
    default List<Gap> gaps() {
        return List.of();
    }

    /** The first of these that has words in it. */
    static String firstOf(String... texts) {
        return Arrays.stream(texts).filter(text -> text != null && !text.isBlank()).findFirst().orElse(null);
    }
}
