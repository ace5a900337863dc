package io.plantrail.improvement;

/** The improvement plan's key: achieved by the target date, underway, or outstanding and late. */
public enum TaskStatus {
    ACHIEVED,
    UNDERWAY,
    OUTSTANDING
}
