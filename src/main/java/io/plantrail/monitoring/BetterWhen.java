package io.plantrail.monitoring;

/** Which way a measure's figures are better: more recycling is better, fewer days to pay an invoice is. */
public enum BetterWhen {
    HIGHER,
    LOWER
}
