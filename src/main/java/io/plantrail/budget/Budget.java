package io.plantrail.budget;

import static io.plantrail.change.PlanChange.applied;
import static io.plantrail.change.PlanChange.revised;

import io.plantrail.budget.BudgetCommands.AddBudgetLine;
import io.plantrail.budget.BudgetCommands.AddBudgetTable;
import io.plantrail.budget.BudgetCommands.RemoveBudgetLine;
import io.plantrail.budget.BudgetCommands.RemoveBudgetTable;
import io.plantrail.budget.BudgetCommands.ReviseBudgetLine;
import io.plantrail.budget.BudgetCommands.ReviseBudgetTable;
import io.plantrail.budget.SpendCommands.RecordSpend;
import io.plantrail.budget.SpendCommands.RestateSpend;
import io.plantrail.budget.events.BudgetLineAdded;
import io.plantrail.budget.events.BudgetLineRemoved;
import io.plantrail.budget.events.BudgetLineRevised;
import io.plantrail.budget.events.BudgetSpendRecorded;
import io.plantrail.budget.events.BudgetSpendRestated;
import io.plantrail.budget.events.BudgetTableAdded;
import io.plantrail.budget.events.BudgetTableRemoved;
import io.plantrail.budget.events.BudgetTableRevised;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.PlanIds;
import io.plantrail.change.Register;
import io.plantrail.change.Rules;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The plan's budget tables, line by line, one amount per column, and what was forecast and spent against each line. */
public class Budget {

    private final Register<BudgetTableDetails> tables = new Register<>("budget table");
    private final Register<BudgetLineDetails> lines = new Register<>("budget line");
    private final Register<SpendDetails> spends = new Register<>("report of spending");

    @CommandHandler
    ChangeResult handle(AddBudgetTable command) {
        String id = PlanIds.requireKey(command.key(), "budget table key").toUpperCase();
        tables.requireAbsent(id);
        check(command.details());
        return applied(new BudgetTableAdded(command.planId(), id, command.details()), id);
    }

    @CommandHandler
    ChangeResult handle(ReviseBudgetTable command) {
        BudgetTableDetails details = revised(tables.require(command.tableId()), command.details(), command.cleared());
        check(details);
        return applied(new BudgetTableRevised(command.planId(), command.tableId(), details), command.tableId());
    }

    @CommandHandler
    ChangeResult handle(RemoveBudgetTable command) {
        tables.require(command.tableId());
        tables.requireNoChildrenIn(lines, command.tableId());
        return applied(new BudgetTableRemoved(command.planId(), command.tableId()), command.tableId());
    }

    @CommandHandler
    ChangeResult handle(AddBudgetLine command) {
        BudgetTableDetails table = tables.require(command.tableId());
        BudgetLineDetails details = command.details();
        Rules.requireText(details.label(), "label", "The budget line label", details.gaps());
        List<Amount> amounts = Rules.orEmpty(details.amounts()).stream()
                .map(a -> a.value() == null // a cell copied from the source document, printed as it was
                        ? new Amount(requireColumn(table, command.tableId(), a.column()), a.printed(), PrintedAmount.valueOf(a.printed()))
                        : BudgetLineRevision.figure(new Amount(requireColumn(table, command.tableId(), a.column()), a.printed(),
                                a.value()), null, BudgetLineRevision.unitOf(table, a.column())))
                .toList();
        String id = lines.nextChildId(command.tableId(), "-");
        BudgetLineDetails stored = new BudgetLineDetails(details.label(), amounts, details.gaps(), details.notes());
        return applied(new BudgetLineAdded(command.planId(), id, command.tableId(), stored), id);
    }

    @CommandHandler
    ChangeResult handle(ReviseBudgetLine command) {
        BudgetLineDetails current = lines.require(command.lineId());
        BudgetTableDetails table = tables.require(lines.parentOf(command.lineId()));
        BudgetLineDetails details = revised(current, new BudgetLineDetails(command.label(),
                BudgetLineRevision.amounts(current, table, command.amounts()), current.gaps(), command.notes()));
        Rules.requireText(details.label(), "label", "The budget line label", details.gaps());
        return applied(new BudgetLineRevised(command.planId(), command.lineId(),
                BudgetLineRevision.closeFilledGaps(details)), command.lineId());
    }

    @CommandHandler
    ChangeResult handle(RemoveBudgetLine command) {
        lines.require(command.lineId());
        return applied(new BudgetLineRemoved(command.planId(), command.lineId()), command.lineId());
    }

    @CommandHandler
    ChangeResult handle(RecordSpend command) {
        return Spending.record(command, tables, lines, spends);
    }

    @CommandHandler
    ChangeResult handle(RestateSpend command) {
        return Spending.restate(command, tables, lines, spends);
    }

    static String requireColumn(BudgetTableDetails table, String tableId, String column) {
        boolean known = Rules.orEmpty(table.columns()).stream().anyMatch(c -> c.key().equals(column));
        if (!known) {
            throw ChangeRejected.invalid("The budget table '" + tableId + "' has no column '" + column + "'.");
        }
        return column;
    }

    private static void check(BudgetTableDetails details) {
        Rules.requireText(details.title(), "title", "The budget table title", details.gaps());
        if (Rules.orEmpty(details.columns()).isEmpty()) {
            throw ChangeRejected.invalid("A budget table needs at least one column.");
        }
    }

    @EventSourcingHandler
    void on(BudgetTableAdded event) {
        tables.put(event.tableId(), event.planId(), event.details());
    }

    @EventSourcingHandler
    void on(BudgetTableRevised event) {
        tables.revise(event.tableId(), event.details());
    }

    @EventSourcingHandler
    void on(BudgetTableRemoved event) {
        tables.remove(event.tableId());
    }

    @EventSourcingHandler
    void on(BudgetLineAdded event) {
        lines.put(event.lineId(), event.tableId(), event.details());
    }

    @EventSourcingHandler
    void on(BudgetLineRevised event) {
        lines.revise(event.lineId(), event.details());
    }

    @EventSourcingHandler
    void on(BudgetLineRemoved event) {
        lines.remove(event.lineId());
    }

    @EventSourcingHandler
    void on(BudgetSpendRecorded event) {
        spends.put(event.spendId(), event.lineId(), event.details());
    }

    @EventSourcingHandler
    void on(BudgetSpendRestated event) {
        spends.revise(event.spendId(), event.details());
    }
}
