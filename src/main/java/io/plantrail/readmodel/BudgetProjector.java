package io.plantrail.readmodel;

import static io.plantrail.readmodel.EntityKind.BUDGET_LINE;
import static io.plantrail.readmodel.EntityKind.BUDGET_SPEND;
import static io.plantrail.readmodel.EntityKind.BUDGET_TABLE;

import io.plantrail.budget.events.BudgetLineAdded;
import io.plantrail.budget.events.BudgetLineRemoved;
import io.plantrail.budget.events.BudgetLineRevised;
import io.plantrail.budget.events.BudgetSpendRecorded;
import io.plantrail.budget.events.BudgetSpendRestated;
import io.plantrail.budget.events.BudgetTableAdded;
import io.plantrail.budget.events.BudgetTableRemoved;
import io.plantrail.budget.events.BudgetTableRevised;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps every version of the budget tables and their lines. */
@Component
@ProcessingGroup(Projection.GROUP)
class BudgetProjector {

    private final Projection projection;

    BudgetProjector(Projection projection) {
        this.projection = projection;
    }

    @EventHandler
    void on(BudgetTableAdded event, DomainEventMessage<?> message) {
        projection.added(message, BUDGET_TABLE, event.tableId(), event.planId(), event.details());
    }

    @EventHandler
    void on(BudgetTableRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.tableId(), event.details());
    }

    @EventHandler
    void on(BudgetTableRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.tableId());
    }

    @EventHandler
    void on(BudgetLineAdded event, DomainEventMessage<?> message) {
        projection.added(message, BUDGET_LINE, event.lineId(), event.tableId(), event.details());
    }

    @EventHandler
    void on(BudgetLineRevised event, DomainEventMessage<?> message) {
        projection.revised(message, event.lineId(), event.details());
    }

    @EventHandler
    void on(BudgetLineRemoved event, DomainEventMessage<?> message) {
        projection.removed(message, event.lineId());
    }

    @EventHandler
    void on(BudgetSpendRecorded event, DomainEventMessage<?> message) {
        projection.added(message, BUDGET_SPEND, event.spendId(), event.lineId(), event.details());
    }

    @EventHandler
    void on(BudgetSpendRestated event, DomainEventMessage<?> message) {
        projection.revised(message, event.spendId(), event.details());
    }
}
