package io.plantrail.plan;

import static io.plantrail.plan.Refusals.refusedAs;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Gap;
import io.plantrail.change.GapKind;
import io.plantrail.change.RejectionCode;
import io.plantrail.monitoring.BetterWhen;
import io.plantrail.monitoring.Frequency;
import io.plantrail.monitoring.MeasureCommands.DefineMeasure;
import io.plantrail.monitoring.MeasureCommands.ReviseMeasure;
import io.plantrail.monitoring.MeasureDetails;
import io.plantrail.monitoring.ReadingCommands.RecordReading;
import io.plantrail.monitoring.ReadingCommands.RestateReading;
import io.plantrail.monitoring.ReadingDetails;
import io.plantrail.monitoring.YearTarget;
import io.plantrail.monitoring.events.MeasureDefined;
import io.plantrail.monitoring.events.ReadingRecorded;
import io.plantrail.monitoring.events.ReadingRestated;
import io.plantrail.plan.events.PlanStarted;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Measures and readings as the plan holds them: a reported reading is restated, never overwritten. */
class MonitoringFixtureTest {

    private static final String PLAN = "harrow-bvpp-2004-05";
    private static final String RECYCLING = "M-BVPI-82A";
    /** The plan gives 2004/05's figure and none yet for 2005/06: that year is a flagged gap. */
    private static final MeasureDetails RECYCLED = new MeasureDetails("Household waste recycled", "BVPI 82a",
            null, "Household waste recycled, as a share of all collected", "%", BetterWhen.HIGHER,
            Frequency.QUARTERLY, new BigDecimal("1.0"), new BigDecimal("17.3"), "2003/04",
            List.of(new YearTarget("2004/05", new BigDecimal("25.2")), new YearTarget("2005/06", null)),
            List.of(new Gap("targets.2005/06", GapKind.TO_BE_COMPLETED, null, "Not yet set")), null);
    private static final ReadingDetails Q2 = new ReadingDetails("2004/05-Q2", new BigDecimal("24.6"),
            "Green waste collections began in July", null);

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerCommandTargetResolver(CommandRoutingConfiguration::target);
    }

    private Object[] planWithTheMeasure() {
        return new Object[] {
            new PlanStarted(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council"),
            new MeasureDefined(PLAN, RECYCLING, RECYCLED)
        };
    }

    @Test
    void aMeasureIsDefinedWithAYearTheSourceLeavesWithoutATargetFlagged() {
        fixture.given(new PlanStarted(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council"))
                .when(new DefineMeasure(PLAN, "BVPI-82A", RECYCLED))
                .expectEvents(new MeasureDefined(PLAN, RECYCLING, RECYCLED))
                .expectResultMessagePayload(new ChangeResult(2, RECYCLING));
    }

    @Test
    void aYearWithoutATargetMustBeFlaggedNotLeftBlank() {
        MeasureDetails unflagged = new MeasureDetails("Household waste recycled", null, null, null, "%", BetterWhen.HIGHER,
                Frequency.QUARTERLY, null, null, null, List.of(new YearTarget("2005/06", null)), List.of(), null);
        fixture.given(new PlanStarted(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council"))
                .when(new DefineMeasure(PLAN, "BVPI-82A", unflagged))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION))
                .expectExceptionMessage("The plan gives no target for 2005/06: flag it as a gap on targets.2005/06 "
                        + "rather than leave it blank.");
    }

    @Test
    void aMeasureAppliesToAPartThePlanHas() {
        MeasureDetails ofNothing = new MeasureDetails("Household waste recycled", "BVPI 82a", "ENV-B-9-T1", null, "%",
                BetterWhen.HIGHER, Frequency.QUARTERLY, null, null, null,
                List.of(new YearTarget("2004/05", new BigDecimal("25.2"))), List.of(), null);
        fixture.given(new PlanStarted(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council"))
                .when(new DefineMeasure(PLAN, "BVPI-82A", ofNothing))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.NOT_FOUND));
    }

    @Test
    void aReadingIsRecordedUnderItsMeasureAndPeriod() {
        fixture.given(planWithTheMeasure())
                .when(new RecordReading(PLAN, RECYCLING, new ReadingDetails(" 2004/05-Q2", Q2.value(), Q2.comment(), null)))
                .expectEvents(new ReadingRecorded(PLAN, RECYCLING + "@2004/05-Q2", RECYCLING, Q2))
                .expectResultMessagePayload(new ChangeResult(3, RECYCLING + "@2004/05-Q2"));
    }

    @Test
    void aReadingAlreadyReportedIsNeverOverwritten() {
        fixture.given(planWithTheMeasure())
                .andGiven(new ReadingRecorded(PLAN, RECYCLING + "@2004/05-Q2", RECYCLING, Q2))
                .when(new RecordReading(PLAN, RECYCLING, new ReadingDetails("2004/05-Q2", new BigDecimal("25.3"), null, null)))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.CONFLICT));
    }

    @Test
    void aRestatementIsANewVersionOfTheSamePeriod() {
        ReadingDetails corrected = new ReadingDetails("2004/05-Q2", new BigDecimal("25.4"),
                "Corrected: one round's tonnage was missing", "Contractor's return revised");
        fixture.given(planWithTheMeasure())
                .andGiven(new ReadingRecorded(PLAN, RECYCLING + "@2004/05-Q2", RECYCLING, Q2))
                .when(new RestateReading(PLAN, RECYCLING + "@2004/05-Q2", corrected, 3L))
                .expectEvents(new ReadingRestated(PLAN, RECYCLING + "@2004/05-Q2", RECYCLING, corrected));
    }

    @Test
    void aRestatementThatChangesNothingStoresNothing() {
        fixture.given(planWithTheMeasure())
                .andGiven(new ReadingRecorded(PLAN, RECYCLING + "@2004/05-Q2", RECYCLING, Q2))
                .when(new RestateReading(PLAN, RECYCLING + "@2004/05-Q2", Q2, 3L))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
    }

    @Test
    void aReadingOutsideTheMeasuresYearsOrOfAnUnknownMeasureIsRefused() {
        fixture.given(planWithTheMeasure())
                .when(new RecordReading(PLAN, RECYCLING, new ReadingDetails("2007/08-Q1", BigDecimal.ONE, null, null)))
                .expectNoEvents()
                .expectException(ChangeRejected.class)
                .expectExceptionMessage("The measure 'Household waste recycled' is planned for 2004/05, 2005/06; "
                        + "2007/08-Q1 is outside those years.");
        fixture.given(planWithTheMeasure())
                .when(new RecordReading(PLAN, "M-BVPI-1", Q2))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.NOT_FOUND));
        fixture.given(planWithTheMeasure())
                .when(new RecordReading(PLAN, RECYCLING, new ReadingDetails("2004/5-Q2", BigDecimal.ONE, null, null)))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.VALIDATION));
    }

    @Test
    void aYearWithReadingsStaysAmongTheMeasuresTargets() {
        MeasureDetails onlyLaterYear = new MeasureDetails(null, null, null, null, null, null, null, null, null, null,
                List.of(new YearTarget("2005/06", new BigDecimal("30"))), null, null);
        fixture.given(planWithTheMeasure())
                .andGiven(new ReadingRecorded(PLAN, RECYCLING + "@2004/05-Q2", RECYCLING, Q2))
                .when(new ReviseMeasure(PLAN, RECYCLING, onlyLaterYear, null, 2L))
                .expectNoEvents()
                .expectException(ChangeRejected.class)
                .expectExceptionMessage("The measure has readings for 2004/05; keep that year among its targets.");
    }
}
