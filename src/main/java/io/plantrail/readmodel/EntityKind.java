package io.plantrail.readmodel;

/** The kinds of entity whose every version the projection keeps. */
public enum EntityKind {
    SECTION,
    THEME,
    PRIORITY,
    OUTCOME,
    TARGET,
    LPSA_TARGET,
    CPA,
    BUDGET_TABLE,
    BUDGET_LINE,
    IMPROVEMENT_AREA,
    TASK,
    PROGRESS_ENTRY,
    MEASURE,
    READING,
    BUDGET_SPEND,
    SCRUTINY_QUESTION,
    DRAFT
}
