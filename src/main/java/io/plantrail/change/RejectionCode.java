package io.plantrail.change;

/** Stable codes for a refused change; clients switch on these, so never rename them. */
public enum RejectionCode {
    VALIDATION,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN
}
