package io.plantrail.access;

/** What a signed-in person may do. One person may hold several roles. */
public enum Role {
    /** Reads everything: the plan, every history, integrity checks, the raw log. */
    AUDITOR,
    /** The scrutiny committee: reads the plan, compares drafts, sees what is missing. */
    SCRUTINY,
    /** A plan officer: changes the plan's content. */
    OFFICER,
    /** Starts plans, issues drafts, imports, erases personal data on request. */
    ADMIN
}
