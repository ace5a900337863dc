package io.plantrail.budget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The two checks a budget rule comes down to: a total against its parts, and one figure against another. */
final class Sum {

    /** How many pounds one of each unit is; a % is compared only with a %. */
    private static final Map<String, BigDecimal> POUNDS = Map.of("£m", BigDecimal.valueOf(1_000_000),
            "£000", BigDecimal.valueOf(1_000), "£", BigDecimal.ONE);

    private Sum() {
    }

    static BudgetCheckResult check(String tableId, BudgetCheck rule, Term total, List<Term> parts, String unit) {
        String where = total.name();
        boolean blankIsZero = rule.blankIsZero();
        BigDecimal known = BigDecimal.ZERO;
        BigDecimal rounding = total.known() ? total.roundingError() : BigDecimal.ZERO;
        List<String> unknown = new ArrayList<>();
        for (Term part : parts) {
            BigDecimal scale = part.unit() == null || unit == null ? BigDecimal.ONE : conversion(part.unit(), unit);
            if (part.known() && scale != null) {
                known = known.add(scale.equals(BigDecimal.ONE) ? part.value() : part.value().multiply(scale).stripTrailingZeros());
                rounding = rounding.add(part.roundingError().multiply(scale));
            } else if (part.known()) {
                unknown.add(part.name() + " is in " + part.unit() + ", which cannot be added to " + unit);
            } else if (!(part.blank() && blankIsZero)) {
                unknown.add(part.problem());
            }
        }
        String description = rule.description();
        if (!total.known()) {
            return new BudgetCheckResult(tableId, description, BudgetCheckResult.CANNOT_CHECK, where, known, null, null, unit,
                    total.problem() + "; its parts come to " + known.toPlainString() + ".");
        }
        BigDecimal stated = total.value();
        BigDecimal difference = stated.subtract(known);
        if (!unknown.isEmpty()) {
            return new BudgetCheckResult(tableId, description, BudgetCheckResult.CANNOT_CHECK, where, known, stated, difference, unit,
                    String.join("; ", unknown) + ". The other parts come to " + known.toPlainString()
                            + (difference.signum() == 0 ? ", the total itself: the arithmetic holds only if the blank is nil."
                            : ", " + difference.toPlainString() + " from the total: the blank would have to hold that."));
        }
        return verdict(tableId, description, where, known, stated, difference, rounding, unit);
    }

    static BudgetCheckResult same(String tableId, BudgetCheck rule, Term figure, Term sameAs) {
        String description = rule.description();
        if (!figure.known() || !sameAs.known()) {
            String problem = !figure.known() ? figure.problem() : sameAs.problem();
            return new BudgetCheckResult(tableId, description, BudgetCheckResult.CANNOT_CHECK, figure.name(),
                    null, figure.value(), null, figure.unit(), problem + ".");
        }
        BigDecimal scale = conversion(sameAs.unit(), figure.unit());
        if (scale == null) {
            return new BudgetCheckResult(tableId, description, BudgetCheckResult.CANNOT_CHECK, figure.name(), null, figure.value(),
                    null, figure.unit(), "The two figures are in units that cannot be compared (" + sameAs.unit() + ", "
                            + figure.unit() + ").");
        }
        BigDecimal expected = sameAs.value().multiply(scale).stripTrailingZeros();
        BigDecimal difference = figure.value().subtract(expected);
        BigDecimal rounding = figure.roundingError().add(sameAs.roundingError().multiply(scale));
        return verdict(tableId, description, figure.name() + " against " + sameAs.name(), expected, figure.value(), difference,
                rounding, figure.unit());
    }

    /**
     * AGREES only where the arithmetic, rounded as the stated figure is printed, gives that figure
     * (242.533 printed elsewhere as 242.5). A difference in the printed digits is a difference:
     * within what rounding the figures could explain, DIFFERS_WITHIN_ROUNDING, and said so.
     */
    private static BudgetCheckResult verdict(String tableId, String description, String where, BigDecimal expected,
                                             BigDecimal stated, BigDecimal difference, BigDecimal rounding, String unit) {
        BigDecimal printedAs = expected.setScale(Math.max(stated.scale(), 0), RoundingMode.HALF_UP);
        String units = unit == null ? "" : " (" + unit + ")";
        if (printedAs.compareTo(stated) == 0) {
            String explanation = difference.signum() == 0 ? "Agrees." : "Agrees: the arithmetic gives " + expected.toPlainString()
                    + ", printed to the same decimals as " + stated.toPlainString() + ".";
            return new BudgetCheckResult(tableId, description, BudgetCheckResult.AGREES, where, expected, stated, difference, unit,
                    explanation);
        }
        if (difference.abs().compareTo(rounding) <= 0) {
            return new BudgetCheckResult(tableId, description, BudgetCheckResult.DIFFERS_WITHIN_ROUNDING, where, expected, stated,
                    difference, unit, "The printed figure is " + stated.toPlainString() + "; the printed figures add up to "
                            + expected.toPlainString() + ", a difference of " + difference.toPlainString() + units
                            + " in the last printed digit, which the rounding of the printed figures could explain.");
        }
        return new BudgetCheckResult(tableId, description, BudgetCheckResult.DIFFERS, where, expected, stated, difference, unit,
                "The printed figure is " + stated.toPlainString() + "; the arithmetic gives " + expected.toPlainString()
                        + ", a difference of " + difference.toPlainString() + units + ".");
    }

    /** What one of {@code from} is in {@code to}; null when they cannot be compared. */
    private static BigDecimal conversion(String from, String to) {
        if (Objects.equals(from, to)) {
            return BigDecimal.ONE;
        }
        BigDecimal fromPounds = POUNDS.get(from);
        BigDecimal toPounds = POUNDS.get(to);
        if (fromPounds == null || toPounds == null) {
            return null;
        }
        return fromPounds.divide(toPounds, MathContext.DECIMAL64);
    }
}
