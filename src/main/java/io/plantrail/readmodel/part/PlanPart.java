package io.plantrail.readmodel.part;

import io.plantrail.readmodel.LoggedChange;

/**
 * One entity of a plan as at a plan version, typed for the API: the GraphQL type of the same
 * name reads its fields, so the schema inspection can check every one of them.
 */
public sealed interface PlanPart
        permits Draft, Section, Theme, Priority, Outcome, Target, LpsaTarget, CpaAssessment, BudgetTable, BudgetLine,
        PriorityArea, Task, ProgressEntry {

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
}
