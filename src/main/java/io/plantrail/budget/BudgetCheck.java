package io.plantrail.budget;

import java.util.List;

/**
 * A piece of arithmetic a budget table implies, declared with the table in the plan document:
 * <ul>
 * <li>{@code SUM_OF_LINES}: line {@code total} is the sum of lines {@code parts}, in each of
 * {@code columns} (all non-% columns when absent);</li>
 * <li>{@code SUM_OF_COLUMNS}: in each of {@code lines} (all when absent), column {@code total} is
 * the sum of columns {@code parts} (an opening figure plus its movements);</li>
 * <li>{@code SUM_OF_CELLS}: cell {@code figure} is the sum of {@code cells}, wherever they are;</li>
 * <li>{@code SAME_FIGURE}: {@code figure} states the same amount as {@code sameAs}, in this or
 * another table (a year's roll-forward, a figure two tables both give), units converted.</li>
 * </ul>
 * {@code blankIsZero} says whether a blank cell among the parts means nothing (a row with no
 * movement) or an unknown figure (then the check cannot be made). A blank total is never checked.
 */
public record BudgetCheck(Kind kind, String description, String total, List<String> parts, List<String> columns,
                          List<String> lines, boolean blankIsZero, Cell figure, Cell sameAs, List<Cell> cells) {

    public enum Kind { SUM_OF_LINES, SUM_OF_COLUMNS, SUM_OF_CELLS, SAME_FIGURE }

    /**
     * One cell: a line (by its label) and a column (by its key) of a table (by its key; this table
     * when absent). {@code unit} only where the line is in another unit than its column (MTBS prints
     * Council Tax in £ under £m); {@code negated} where one side states as a positive amount what
     * the other prints as a negative one (the text's "savings totalling £6.085m", the tables' -6.085).
     */
    public record Cell(String table, String line, String column, String unit, Boolean negated) {
    }
}
