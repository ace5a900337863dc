package io.plantrail.graphql.input;

import io.plantrail.monitoring.ReadingDetails;
import java.math.BigDecimal;

/** A reading as sent: the period, the figure, the officer's comment and any note on the figure's quality. */
public record ReadingInput(String period, BigDecimal value, String comment, String dataQuality) {

    public ReadingDetails toDetails() {
        return new ReadingDetails(period, value, comment, dataQuality);
    }
}
