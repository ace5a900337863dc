package io.plantrail.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a figure as the source prints it, and printing a new one the same way. */
class PrintedFiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "9,161|9161", "-1.75%|-1.75", "£1033.89|1033.89", "£6.3m|6.3", "(400)|-400", "-£0.5m|-0.5", "£-0.5m|-0.5",
        "0.000|0.000", "-|null", "Over £2m|null", "£xxm|null", "1e3|null"})
    void aPrintedCellIsReadAsItsFigureOrAsNoFigure(String printed, String value) {
        BigDecimal read = PrintedAmount.valueOf(printed);
        assertThat(read == null ? null : read.toPlainString()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "£6.3m|£m|6.1|£6.1m", "14.19%|%|15|15.00%", "14.19%|%|14.19|14.19%", "9,161|£000|9200|9,200",
        "(400)|£000|-450|(450)", "229.337|£m|242.5331|242.5331", "null|%|3.5|3.5%", "null|£000|12345|12,345",
        "null|£m|0.25|0.25", "£1,033.89|£|-1071.2|-£1,071.20"})
    void aNewFigureIsPrintedLikeTheOneItReplacesNeverRounded(String previous, String unit, String value, String printed) {
        assertThat(PrintedForm.like(previous, unit, new BigDecimal(value))).isEqualTo(printed);
    }
}
