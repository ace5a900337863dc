package io.plantrail.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A budget check whose verdict or difference is not the same at two points; from or to is null where it was not made. */
public record BudgetCheckChange(String tableId, String description, String where, String from, String to,
                                BigDecimal differenceBefore, BigDecimal differenceAfter) {

    public static List<BudgetCheckChange> between(List<BudgetCheckResult> before, List<BudgetCheckResult> after) {
        Map<List<String>, BudgetCheckResult> earlier = new LinkedHashMap<>();
        before.forEach(check -> earlier.put(key(check), check));
        List<BudgetCheckChange> changed = new ArrayList<>();
        for (BudgetCheckResult later : after) {
            BudgetCheckResult then = earlier.remove(key(later));
            if (then == null || !then.status().equals(later.status()) || !sameNumber(then.difference(), later.difference())) {
                changed.add(new BudgetCheckChange(later.tableId(), later.description(), later.where(),
                        then == null ? null : then.status(), later.status(), then == null ? null : then.difference(),
                        later.difference()));
            }
        }
        earlier.values().forEach(gone -> changed.add(new BudgetCheckChange(gone.tableId(), gone.description(), gone.where(),
                gone.status(), null, gone.difference(), null)));
        return changed;
    }

    private static List<String> key(BudgetCheckResult check) {
        return List.of(check.tableId(), check.description(), check.where());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
