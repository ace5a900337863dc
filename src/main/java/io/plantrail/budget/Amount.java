package io.plantrail.budget;

import java.math.BigDecimal;

/** One cell of a budget line: the figure as printed and, where it is a plain figure, its value. */
public record Amount(String column, String printed, BigDecimal value) {
}
