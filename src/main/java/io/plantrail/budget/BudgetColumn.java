package io.plantrail.budget;

/** A column of a budget table: its key, its printed heading and its unit (£m, £000, %). */
public record BudgetColumn(String key, String label, String unit) {
}
