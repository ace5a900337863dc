package io.plantrail.budget;

import io.plantrail.plan.ChangeRejected;
import io.plantrail.plan.Gap;
import io.plantrail.plan.Rules;
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
            byColumn.put(amount.column(), figure(amount));
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

    private static Amount figure(Amount amount) {
        BigDecimal value = PrintedAmount.valueOf(amount.printed());
        if (value == null) {
            throw ChangeRejected.invalid("'" + amount.printed() + "' is not an amount; give a figure such as 229.337 or -1.75.");
        }
        return new Amount(amount.column(), amount.printed().trim(), value);
    }
}
