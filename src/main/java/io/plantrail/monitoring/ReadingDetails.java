package io.plantrail.monitoring;

import java.math.BigDecimal;

/**
 * A figure for a period, as reported: the officer's comment on it and, where the figure is
 * doubtful (an estimate, a partial count), a note on its quality.
 */
public record ReadingDetails(String period, BigDecimal value, String comment, String dataQuality) {
}
