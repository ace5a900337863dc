package io.plantrail.monitoring;

/** How often a measure is reported: each quarter (and its year's outturn), or once a year. */
public enum Frequency {
    QUARTERLY,
    ANNUAL
}
