package io.plantrail.monitoring;

import java.math.BigDecimal;

/**
 * A measure's target for one council year ({@code 2004/05}). No figure where the source prints
 * none: the measure then carries a gap for {@code targets.<year>}, never a figure of our own.
 */
public record YearTarget(String year, BigDecimal target) {
}
