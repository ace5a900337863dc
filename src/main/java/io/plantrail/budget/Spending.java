package io.plantrail.budget;

import static io.plantrail.change.PlanChange.applied;

import io.plantrail.budget.SpendCommands.RecordSpend;
import io.plantrail.budget.SpendCommands.RestateSpend;
import io.plantrail.budget.events.BudgetSpendRecorded;
import io.plantrail.budget.events.BudgetSpendRestated;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Register;
import io.plantrail.change.Rules;
import io.plantrail.monitoring.Period;
import java.util.stream.Collectors;

/**
 * The rules for what was forecast and spent against the budget's lines, period by period, in a
 * year a line's table budgets for (its column 2004-05 for 2004/05). A report once made is never
 * overwritten: correcting it is a restatement, and both stay in the log. {@link Budget} holds the
 * reports beside its tables and lines and asks these rules.
 */
final class Spending {

    private Spending() {
    }

    static ChangeResult record(RecordSpend command, Register<BudgetTableDetails> tables, Register<BudgetLineDetails> lines,
                               Register<SpendDetails> spends) {
        lines.require(command.lineId());
        Period period = checked(tables, lines, command.lineId(), command.details());
        String id = command.lineId() + "@" + period;
        if (spends.contains(id)) {
            throw ChangeRejected.conflict("The forecast and spend of " + command.lineId() + " for " + period + " were already "
                    + "reported; restate them (with the reason) to correct them. Nothing was stored.");
        }
        SpendDetails details = new SpendDetails(period.toString(), command.details().forecast(), command.details().actual(),
                command.details().comment());
        return applied(new BudgetSpendRecorded(command.planId(), id, command.lineId(), details), id);
    }

    static ChangeResult restate(RestateSpend command, Register<BudgetTableDetails> tables, Register<BudgetLineDetails> lines,
                                Register<SpendDetails> spends) {
        SpendDetails current = spends.require(command.spendId());
        String lineId = spends.parentOf(command.spendId());
        Period period = checked(tables, lines, lineId, command.details());
        if (!period.toString().equals(current.period())) {
            throw ChangeRejected.invalid("A restatement is for the report's own period, " + current.period()
                    + "; report " + period + " instead.");
        }
        SpendDetails details = new SpendDetails(current.period(), command.details().forecast(), command.details().actual(),
                command.details().comment());
        if (details.equals(current)) {
            throw ChangeRejected.invalid("The restatement states the report as it stands; nothing was stored.");
        }
        return applied(new BudgetSpendRestated(command.planId(), command.spendId(), lineId, details), command.spendId());
    }

    /** A period of a year the line's table budgets for, with a forecast or an actual figure. */
    private static Period checked(Register<BudgetTableDetails> tables, Register<BudgetLineDetails> lines, String lineId,
                                  SpendDetails details) {
        Period period = Period.parse(details.period());
        String tableId = lines.parentOf(lineId);
        BudgetTableDetails table = tables.require(tableId);
        String column = period.year().replace('/', '-');
        if (Rules.orEmpty(table.columns()).stream().noneMatch(c -> c.key().equals(column))) {
            throw ChangeRejected.invalid("The budget table '" + tableId + "' budgets for no year " + period.year() + " (its columns: "
                    + Rules.orEmpty(table.columns()).stream().map(BudgetColumn::key).collect(Collectors.joining(", "))
                    + "); spending is reported against a year it has a figure for.");
        }
        if (details.forecast() == null && details.actual() == null) {
            throw ChangeRejected.invalid("Give the year's forecast outturn, the actual spend to date, or both.");
        }
        return period;
    }
}
