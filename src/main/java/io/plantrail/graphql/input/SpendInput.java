package io.plantrail.graphql.input;

import io.plantrail.budget.SpendDetails;
import java.math.BigDecimal;

/** A report of forecast and spend as sent: the period, the forecast outturn, the actual spend and a comment. */
public record SpendInput(String period, BigDecimal forecast, BigDecimal actual, String comment) {

    public SpendDetails toDetails() {
        return new SpendDetails(period, forecast, actual, comment);
    }
}
