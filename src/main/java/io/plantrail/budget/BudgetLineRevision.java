package io.plantrail.budget;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.Gap;
import io.plantrail.change.Rules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How an officer's new amounts combine with a line's current ones, column by column. */
final class BudgetLineRevision {

    private BudgetLineRevision() {
    }

    /** The line's amounts with the given columns replaced; null when no amounts are given. */
    static List<Amount> amounts(BudgetLineDetails current, BudgetTableDetails table, List<Amount> revised) {
        if (revised == null || revised.isEmpty()) {
            return null;
        }
        Map<String, Amount> byColumn = new LinkedHashMap<>();
        Rules.orEmpty(current.amounts()).forEach(a -> byColumn.put(a.column(), a));
        for (Amount amount : revised) {
            Budget.requireColumn(table, "this line's table", amount.column());
            Amount replaced = byColumn.get(amount.column());
            byColumn.put(amount.column(), figure(amount, replaced == null ? null : replaced.printed(), unitOf(table, amount.column())));
        }
        return new ArrayList<>(byColumn.values());
    }

    /** A blank cell flagged as a gap is closed once the column has a figure. */
    static BudgetLineDetails closeFilledGaps(BudgetLineDetails details) {
        List<Gap> open = Rules.orEmpty(details.gaps()).stream()
                .filter(gap -> !hasFigure(details, gap.field()))
                .toList();
        return new BudgetLineDetails(details.label(), details.amounts(), open, details.notes());
    }

    private static boolean hasFigure(BudgetLineDetails details, String field) {
        return Rules.orEmpty(details.amounts()).stream()
                .anyMatch(a -> field.equals("amounts." + a.column()) && a.value() != null);
    }

    /**
     * The amount as it will be printed: as the officer printed it, if they did (it must read as the
     * figure they gave), or like the figure it replaces, or as its column's unit says.
     */
    static Amount figure(Amount amount, String replacedPrinted, String unit) {
        BigDecimal value = amount.value() != null ? amount.value() : PrintedAmount.valueOf(amount.printed());
        if (value == null) {
            throw ChangeRejected.invalid("'" + amount.printed() + "' is not an amount; give a figure such as 229.337 or -1.75.");
        }
        if (value.scale() < 0) {
            throw ChangeRejected.invalid("Give the figure for '" + amount.column() + "' as it is written, such as 1000 or 6.1, "
                    + "not in exponent form (" + value + ").");
        }
        if (amount.printed() == null) {
            return new Amount(amount.column(), PrintedForm.like(replacedPrinted, unit, value), value);
        }
        BigDecimal printedValue = PrintedAmount.valueOf(amount.printed());
        if (printedValue == null || printedValue.compareTo(value) != 0) {
            throw ChangeRejected.invalid("'" + amount.printed() + "' does not read as " + value.toPlainString()
                    + "; give the printed form of the same figure (for example £6.1m for 6.1).");
        }
        return new Amount(amount.column(), amount.printed().strip(), value);
    }

    static String unitOf(BudgetTableDetails table, String column) {
        return Rules.orEmpty(table.columns()).stream().filter(c -> c.key().equals(column)).map(BudgetColumn::unit)
                .findFirst().orElse(null);
    }
}
