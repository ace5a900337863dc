package io.plantrail.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetFigureTest {

    @Test
    void theSourceWordsStandWhileTheyStateTheFigure() {
        assertThat(TargetFigure.shown(new BigDecimal("25.2"), "25.2%", "%")).isEqualTo("25.2%");
        assertThat(TargetFigure.shown(new BigDecimal("95"), "over 95%", "%")).isEqualTo("over 95%");
        assertThat(TargetFigure.shown(new BigDecimal("14.5"), "14.5% in February 2004", "%")).isEqualTo("14.5% in February 2004");
    }

    @Test
    void aRevisedFigureIsShownWithWhatTheSourcePrinted() {
        assertThat(TargetFigure.shown(new BigDecimal("30"), "25.2%", "%")).isEqualTo("30% (revised; the source printed “25.2%”)");
        assertThat(TargetFigure.shown(new BigDecimal("1"), "16%", "%")).isEqualTo("1% (revised; the source printed “16%”)");
        assertThat(TargetFigure.shown(new BigDecimal("25"), "25.2%", "%")).isEqualTo("25% (revised; the source printed “25.2%”)");
        assertThat(TargetFigure.shown(new BigDecimal("300"), "not less than 250", "applications"))
                .isEqualTo("300 applications (revised; the source printed “not less than 250”)");
    }

    @Test
    void aPlaceholderOrNothing() {
        assertThat(TargetFigure.shown(null, "XXX", "days")).isEqualTo("XXX");
        assertThat(TargetFigure.shown(null, null, "days")).isNull();
        assertThat(TargetFigure.shown(new BigDecimal("9.98"), null, "days")).isEqualTo("9.98 days");
    }
}
