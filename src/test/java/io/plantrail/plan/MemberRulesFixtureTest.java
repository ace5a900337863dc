package io.plantrail.plan;

import static io.plantrail.plan.Refusals.refusedAs;

import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetColumn;
import io.plantrail.budget.BudgetCommands.AddBudgetLine;
import io.plantrail.budget.BudgetCommands.AddBudgetTable;
import io.plantrail.budget.BudgetCommands.RemoveBudgetLine;
import io.plantrail.budget.BudgetCommands.RemoveBudgetTable;
import io.plantrail.budget.BudgetCommands.ReviseBudgetLine;
import io.plantrail.budget.BudgetLineDetails;
import io.plantrail.budget.BudgetTableDetails;
import io.plantrail.budget.events.BudgetLineAdded;
import io.plantrail.budget.events.BudgetLineRemoved;
import io.plantrail.budget.events.BudgetLineRevised;
import io.plantrail.budget.events.BudgetTableAdded;
import io.plantrail.budget.events.BudgetTableRemoved;
import io.plantrail.change.Contact;
import io.plantrail.change.RejectionCode;
import io.plantrail.improvement.ImprovementCommands.AddPriorityArea;
import io.plantrail.improvement.ImprovementCommands.AddTask;
import io.plantrail.improvement.ImprovementCommands.RecordTaskProgress;
import io.plantrail.improvement.ImprovementCommands.RemoveTask;
import io.plantrail.improvement.ImprovementCommands.ReviseTaskProgress;
import io.plantrail.improvement.PriorityAreaDetails;
import io.plantrail.improvement.ProgressEntryDetails;
import io.plantrail.improvement.TaskDetails;
import io.plantrail.improvement.events.PriorityAreaAdded;
import io.plantrail.improvement.events.TaskAdded;
import io.plantrail.improvement.events.TaskProgressRecorded;
import io.plantrail.improvement.events.TaskProgressRevised;
import io.plantrail.plan.CpaCommands.RecordCpaAssessment;
import io.plantrail.plan.CpaCommands.ReviseCpaAssessment;
import io.plantrail.plan.LpsaTargetCommands.AddLpsaTarget;
import io.plantrail.plan.LpsaTargetCommands.ReviseLpsaTarget;
import io.plantrail.plan.OutcomeCommands.EraseContact;
import io.plantrail.plan.events.ContactErased;
import io.plantrail.plan.events.CpaAssessmentRecorded;
import io.plantrail.plan.events.LpsaTargetAdded;
import io.plantrail.plan.events.PlanStarted;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of the plan's members, given events, when a command, then events or a refusal:
 * budget tables and lines, the improvement plan's areas, tasks and progress, the LPSA targets and
 * the CPA assessment, erasure, and figures printed like the ones they replace.
 */
class MemberRulesFixtureTest {

    private static final String PLAN = "harrow-bvpp-2004-05";
    private static final PlanStarted STARTED = new PlanStarted(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council");
    private static final BudgetTableDetails MTBS = new BudgetTableDetails("Medium Term Budget Strategy", null,
            List.of(new BudgetColumn("2004-05", "2004-05", "£m")), List.of(), null, List.of());
    private static final BudgetLineDetails INFLATION = new BudgetLineDetails("Basic Inflation",
            List.of(new Amount("2004-05", "7.265", new BigDecimal("7.265"))), List.of(), null);
    private static final PriorityAreaDetails AREA = new PriorityAreaDetails("Corporate leadership", null, null, null, null);
    private static final TaskDetails TASK = new TaskDetails("Agree the vision", null, null, null, null, null, null, null);

    private static final Contact SEALED_OFFICER = new Contact(null, null, "P-1", "c2VhbGVk");

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerCommandTargetResolver(CommandRoutingConfiguration::target);
    }

    @Test
    void aBudgetTableTakesItsKeyInCapitalsAndItsLinesAreNumberedUnderIt() {
        fixture.given(STARTED)
                .when(new AddBudgetTable(PLAN, "mtbs", MTBS))
                .expectEvents(new BudgetTableAdded(PLAN, "MTBS", MTBS));
        fixture.given(STARTED, new BudgetTableAdded(PLAN, "MTBS", MTBS))
                .when(new AddBudgetLine(PLAN, "MTBS", INFLATION))
                .expectEvents(new BudgetLineAdded(PLAN, "MTBS-1", "MTBS", INFLATION));
    }

    @Test
    void aFigureInAColumnTheTableDoesNotHaveIsRefused() {
        BudgetLineDetails stray = new BudgetLineDetails("Stray", List.of(new Amount("2009-10", "1.0", new BigDecimal("1.0"))), List.of(), null);
        fixture.given(STARTED, new BudgetTableAdded(PLAN, "MTBS", MTBS))
                .when(new AddBudgetLine(PLAN, "MTBS", stray))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
    }

    @Test
    void aTableWithLinesCannotBeRemovedUntilItsLinesAre() {
        fixture.given(STARTED, new BudgetTableAdded(PLAN, "MTBS", MTBS), new BudgetLineAdded(PLAN, "MTBS-1", "MTBS", INFLATION))
                .when(new RemoveBudgetTable(PLAN, "MTBS"))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.CONFLICT));
        fixture.given(STARTED, new BudgetTableAdded(PLAN, "MTBS", MTBS), new BudgetLineAdded(PLAN, "MTBS-1", "MTBS", INFLATION),
                        new BudgetLineRemoved(PLAN, "MTBS-1"))
                .when(new RemoveBudgetTable(PLAN, "MTBS"))
                .expectEvents(new BudgetTableRemoved(PLAN, "MTBS"));
    }

    @Test
    void removingALineThatIsNotThereIsNotFound() {
        fixture.given(STARTED, new BudgetTableAdded(PLAN, "MTBS", MTBS))
                .when(new RemoveBudgetLine(PLAN, "MTBS-7"))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.NOT_FOUND));
    }

    @Test
    void progressIsRecordedUnderItsTaskAndRevisedInPlace() {
        ProgressEntryDetails june = new ProgressEntryDetails("June 2004", "Vision agreed by Cabinet");
        fixture.given(STARTED, new PriorityAreaAdded(PLAN, "IP-1", AREA), new TaskAdded(PLAN, "IP-1-1", "IP-1", TASK))
                .when(new RecordTaskProgress(PLAN, "IP-1-1", june))
                .expectEvents(new TaskProgressRecorded(PLAN, "IP-1-1-P1", "IP-1-1", june));
        ProgressEntryDetails corrected = new ProgressEntryDetails(null, "Vision agreed by Cabinet on 17 June");
        fixture.given(STARTED, new PriorityAreaAdded(PLAN, "IP-1", AREA), new TaskAdded(PLAN, "IP-1-1", "IP-1", TASK),
                        new TaskProgressRecorded(PLAN, "IP-1-1-P1", "IP-1-1", june))
                .when(new ReviseTaskProgress(PLAN, "IP-1-1-P1", corrected))
                .expectEvents(new TaskProgressRevised(PLAN, "IP-1-1-P1",
                        new ProgressEntryDetails("June 2004", "Vision agreed by Cabinet on 17 June")));
    }

    @Test
    void aTaskWithProgressCannotBeRemovedAndAnAreaGetsTheNextNumber() {
        fixture.given(STARTED, new PriorityAreaAdded(PLAN, "IP-1", AREA), new TaskAdded(PLAN, "IP-1-1", "IP-1", TASK),
                        new TaskProgressRecorded(PLAN, "IP-1-1-P1", "IP-1-1", new ProgressEntryDetails("June 2004", "Done")))
                .when(new RemoveTask(PLAN, "IP-1-1"))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.CONFLICT));
        fixture.given(STARTED, new PriorityAreaAdded(PLAN, "IP-1", AREA))
                .when(new AddPriorityArea(PLAN, AREA))
                .expectEvents(new PriorityAreaAdded(PLAN, "IP-2", AREA));
    }

    @Test
    void aTaskUnderAnAreaThatIsNotThereIsNotFound() {
        fixture.given(STARTED)
                .when(new AddTask(PLAN, "IP-9", TASK))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.NOT_FOUND));
    }

    @Test
    void anLpsaTargetIsNamedByItsNumberAndKeepsIt() {
        LpsaTargetDetails attendance = new LpsaTargetDetails(7, "School attendance", false);
        fixture.given(STARTED)
                .when(new AddLpsaTarget(PLAN, attendance))
                .expectEvents(new LpsaTargetAdded(PLAN, "LPSA-7", attendance));
        fixture.given(STARTED, new LpsaTargetAdded(PLAN, "LPSA-7", attendance))
                .when(new AddLpsaTarget(PLAN, attendance))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.CONFLICT));
        fixture.given(STARTED, new LpsaTargetAdded(PLAN, "LPSA-7", attendance))
                .when(new ReviseLpsaTarget(PLAN, "LPSA-7", new LpsaTargetDetails(8, null, null)))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
    }

    @Test
    void theCpaAssessmentIsRecordedOnceThenRevisedWithScoresFromOneToFour() {
        CpaDetails good = new CpaDetails("Good", "Fair", "December 2003", "3", List.of(), List.of(), List.of(), null);
        fixture.given(STARTED)
                .when(new ReviseCpaAssessment(PLAN, good))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.NOT_FOUND));
        fixture.given(STARTED, new CpaAssessmentRecorded(PLAN, good))
                .when(new RecordCpaAssessment(PLAN, good))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.CONFLICT));
        fixture.given(STARTED, new CpaAssessmentRecorded(PLAN, good))
                .when(new ReviseCpaAssessment(PLAN, new CpaDetails(null, null, null, null, null,
                        List.of(new ServiceScore("Education", 5)), null, null)))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
    }

    @Test
    void erasingSomeoneThePlanNeverNamedIsNotFound() {
        fixture.given(STARTED)
                .when(new EraseContact(PLAN, "P-nobody"))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.NOT_FOUND));
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
