package io.plantrail.plan;

import static io.plantrail.plan.Refusals.refusedAs;

import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetColumn;
import io.plantrail.budget.BudgetLineDetails;
import io.plantrail.budget.BudgetTableDetails;
import io.plantrail.budget.SpendCommands.RecordSpend;
import io.plantrail.budget.SpendCommands.RestateSpend;
import io.plantrail.budget.SpendDetails;
import io.plantrail.budget.events.BudgetLineAdded;
import io.plantrail.budget.events.BudgetSpendRecorded;
import io.plantrail.budget.events.BudgetSpendRestated;
import io.plantrail.budget.events.BudgetTableAdded;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.RejectionCode;
import io.plantrail.plan.events.PlanStarted;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forecast and spend reported against a budget line, in a year its table budgets for; corrected only by restating. */
class SpendingFixtureTest {

    private static final String PLAN = "harrow-bvpp-2004-05";
    private static final BudgetTableDetails MTBS = new BudgetTableDetails("Medium Term Budget Strategy", null,
            List.of(new BudgetColumn("2004-05", "2004-05", "£m")), List.of(), null, List.of());
    private static final BudgetLineDetails INFLATION = new BudgetLineDetails("Basic Inflation",
            List.of(new Amount("2004-05", "7.265", new BigDecimal("7.265"))), List.of(), null);
    private static final SpendDetails Q2 = new SpendDetails("2004/05-Q2", new BigDecimal("7.4"), new BigDecimal("3.6"),
            "Pay award above the assumption");

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerCommandTargetResolver(CommandRoutingConfiguration::target);
    }

    private static Object[] aLine() {
        return new Object[] {
            new PlanStarted(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council"),
            new BudgetTableAdded(PLAN, "MTBS", MTBS),
            new BudgetLineAdded(PLAN, "MTBS-1", "MTBS", INFLATION)
        };
    }

    @Test
    void aQuartersForecastAndSpendAreReportedOnce() {
        fixture.given(aLine())
                .when(new RecordSpend(PLAN, "MTBS-1", Q2))
                .expectEvents(new BudgetSpendRecorded(PLAN, "MTBS-1@2004/05-Q2", "MTBS-1", Q2))
                .expectResultMessagePayload(new ChangeResult(4, "MTBS-1@2004/05-Q2"));
        fixture.given(aLine()).andGiven(new BudgetSpendRecorded(PLAN, "MTBS-1@2004/05-Q2", "MTBS-1", Q2))
                .when(new RecordSpend(PLAN, "MTBS-1", Q2))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.CONFLICT));
    }

    @Test
    void aYearTheTableDoesNotBudgetForAnUnknownLineOrNoFigureAreRefused() {
        fixture.given(aLine())
                .when(new RecordSpend(PLAN, "MTBS-1", new SpendDetails("2005/06-Q1", BigDecimal.ONE, null, null)))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION))
                .expectExceptionMessage("The budget table 'MTBS' budgets for no year 2005/06 (its columns: 2004-05); spending is "
                        + "reported against a year it has a figure for.");
        fixture.given(aLine())
                .when(new RecordSpend(PLAN, "MTBS-9", Q2))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.NOT_FOUND));
        fixture.given(aLine())
                .when(new RecordSpend(PLAN, "MTBS-1", new SpendDetails("2004/05-Q3", null, null, "No figures yet")))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
    }

    @Test
    void aReportIsCorrectedByRestatingItsOwnPeriod() {
        SpendDetails corrected = new SpendDetails("2004/05-Q2", new BigDecimal("7.5"), new BigDecimal("3.6"), "Pay award confirmed");
        fixture.given(aLine()).andGiven(new BudgetSpendRecorded(PLAN, "MTBS-1@2004/05-Q2", "MTBS-1", Q2))
                .when(new RestateSpend(PLAN, "MTBS-1@2004/05-Q2", corrected, 4L))
                .expectEvents(new BudgetSpendRestated(PLAN, "MTBS-1@2004/05-Q2", "MTBS-1", corrected));
        fixture.given(aLine()).andGiven(new BudgetSpendRecorded(PLAN, "MTBS-1@2004/05-Q2", "MTBS-1", Q2))
                .when(new RestateSpend(PLAN, "MTBS-1@2004/05-Q2", new SpendDetails("2004/05-Q3", BigDecimal.ONE, null, null), 4L))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
    }
}
