package io.plantrail.plan;

import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetColumn;
import io.plantrail.budget.BudgetCommands.ReviseBudgetLine;
import io.plantrail.budget.BudgetLineAdded;
import io.plantrail.budget.BudgetLineDetails;
import io.plantrail.budget.BudgetLineRevised;
import io.plantrail.budget.BudgetTableAdded;
import io.plantrail.budget.BudgetTableDetails;
import io.plantrail.change.Contact;
import io.plantrail.improvement.ImprovementCommands.AddTask;
import io.plantrail.improvement.PriorityAreaAdded;
import io.plantrail.improvement.PriorityAreaDetails;
import io.plantrail.improvement.TaskAdded;
import io.plantrail.improvement.TaskDetails;
import io.plantrail.plan.OutcomeCommands.EraseContact;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan's other members on their own: budget tables, the improvement plan, the people it names. */
class MembersFixtureTest {

    private static final String PLAN = "harrow-bvpp-2004-05";
    private static final Contact SEALED_OFFICER = new Contact(null, null, "P-1", "c2VhbGVk");

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerCommandTargetResolver(PlanCommandRouting::target);
    }

    @Test
    void aRevisedBudgetFigureIsPrintedLikeTheOneItReplaces() {
        BudgetTableDetails reserves = new BudgetTableDetails("General Fund reserves", null,
                List.of(new BudgetColumn("amount", "Amount", "£m")), List.of(), null, List.of());
        BudgetLineDetails forecast = new BudgetLineDetails("Forecast at 1st April 2004",
                List.of(new Amount("amount", "£6.3m", new BigDecimal("6.3"))), List.of(), null);
        fixture.given(new PlanStarted(PLAN, "t", "c"), new BudgetTableAdded(PLAN, "RESERVES", reserves),
                        new BudgetLineAdded(PLAN, "RESERVES-1", "RESERVES", forecast))
                .when(new ReviseBudgetLine(PLAN, "RESERVES-1", null, List.of(new Amount("amount", null, new BigDecimal("6.1"))), null))
                .expectEvents(new BudgetLineRevised(PLAN, "RESERVES-1", new BudgetLineDetails("Forecast at 1st April 2004",
                        List.of(new Amount("amount", "£6.1m", new BigDecimal("6.1"))), List.of(), null)));
    }

    @Test
    void aTaskWhoseOfficerIsNotSealedIsRefusedAndNothingIsStored() {
        fixture.given(new PlanStarted(PLAN, "t", "c"), new PriorityAreaAdded(PLAN, "IP-1", new PriorityAreaDetails("Area", "NB", null, null, null)))
                .when(new AddTask(PLAN, "IP-1", new TaskDetails("Task", null, null, null, null, null, null,
                        List.of(Contact.plain("Nick Bell", null)))))
                .expectNoEvents()
                .expectExceptionMessage("Officers' names must be sealed before they are stored; nothing was stored.");
    }

    @Test
    void aPersonNamedOnlyAsATasksOfficerCanBeErased() {
        fixture.given(new PlanStarted(PLAN, "t", "c"), new PriorityAreaAdded(PLAN, "IP-1", new PriorityAreaDetails("Area", "NB", null, null, null)),
                        new TaskAdded(PLAN, "IP-1-1", "IP-1", new TaskDetails("Task", null, null, null, null, null, null, List.of(SEALED_OFFICER))))
                .when(new EraseContact(PLAN, "P-1"))
                .expectEvents(new ContactErased(PLAN, "P-1"));
    }
}
