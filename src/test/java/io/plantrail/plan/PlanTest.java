package io.plantrail.plan;

import static io.plantrail.plan.Refusals.refusedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.plantrail.change.ChangeMetadata;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Gap;
import io.plantrail.change.GapKind;
import io.plantrail.change.RejectionCode;
import io.plantrail.plan.OutcomeCommands.AddOutcome;
import io.plantrail.plan.OutcomeCommands.RemoveOutcome;
import io.plantrail.plan.OutcomeCommands.ReviseOutcome;
import io.plantrail.plan.PlanLifecycleCommands.IssueDraft;
import io.plantrail.plan.PlanLifecycleCommands.StartPlan;
import io.plantrail.plan.PriorityCommands.AddPriority;
import io.plantrail.plan.PriorityCommands.RemovePriority;
import io.plantrail.plan.TargetCommands.SetTarget;
import io.plantrail.plan.ThemeCommands.AddTheme;
import io.plantrail.plan.events.DraftIssued;
import io.plantrail.plan.events.OutcomeAdded;
import io.plantrail.plan.events.OutcomeRemoved;
import io.plantrail.plan.events.OutcomeRevised;
import io.plantrail.plan.events.PlanStarted;
import io.plantrail.plan.events.PriorityAdded;
import io.plantrail.plan.events.TargetRevised;
import io.plantrail.plan.events.TargetSet;
import io.plantrail.plan.events.ThemeAdded;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final String PLAN = "harrow-bvpp-2004-05";
    private static final ThemeDetails ENVIRONMENT = new ThemeDetails("Environment", "Environmental priorities",
            "We will enhance the environment in Harrow by focussing on the following priorities:", List.of());
    private static final PriorityDetails STREET_SCENE = new PriorityDetails("A",
            "Visibly improving the street scene, in particular, in major shopping areas", List.of(), null);
    private static final OutcomeDetails ROAD_SAFETY = new OutcomeDetails("Improvements to road safety.", "UL",
            "Harrow already has one of the best road safety records of all boroughs in London. STATSto be completed",
            List.of(), List.of(), List.of(), List.of(),
            List.of(new Gap("actions", GapKind.TO_BE_COMPLETED, "*to be completed*", null)), null);

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerCommandTargetResolver(CommandRoutingConfiguration::target);
    }

    private Object[] environmentWithStreetScene() {
        return new Object[] {
            new PlanStarted(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council"),
            new ThemeAdded(PLAN, "ENV", ENVIRONMENT),
            new PriorityAdded(PLAN, "ENV-A", "ENV", STREET_SCENE)
        };
    }

    @Test
    void startingAPlanIsItsFirstVersion() {
        fixture.givenNoPriorActivity()
                .when(new StartPlan(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council"))
                .expectEvents(new PlanStarted(PLAN, "Best Value Performance Plan 2004/05", "Harrow Council"))
                .expectResultMessagePayload(new ChangeResult(1, PLAN));
    }

    @Test
    void anOutcomeGetsTheNextNumberOfItsPriorityAndReportsTheNewVersion() {
        fixture.given(environmentWithStreetScene())
                .when(new AddOutcome(PLAN, "ENV-A", ROAD_SAFETY))
                .expectEvents(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY))
                .expectResultMessagePayload(new ChangeResult(4, "ENV-A-1"));
    }

    @Test
    void outcomeNumbersAreNeverReused() {
        fixture.given(environmentWithStreetScene())
                .andGiven(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY),
                        new OutcomeAdded(PLAN, "ENV-A-2", "ENV-A", ROAD_SAFETY),
                        new OutcomeRemoved(PLAN, "ENV-A-2"))
                .when(new AddOutcome(PLAN, "ENV-A", ROAD_SAFETY))
                .expectEvents(new OutcomeAdded(PLAN, "ENV-A-3", "ENV-A", ROAD_SAFETY));
    }

    @Test
    void anOutcomeNeedsATitleUnlessTheSourceLeftItMissing() {
        OutcomeDetails untitled = new OutcomeDetails(" ", "UL", null, null, null, null, null, List.of(), null);
        fixture.given(environmentWithStreetScene())
                .when(new AddOutcome(PLAN, "ENV-A", untitled))
                .expectNoEvents()
                .expectException(ChangeRejected.class)
                .expectExceptionMessage("The outcome title must not be empty.");
    }

    @Test
    void anOutcomeUnderAnUnknownPriorityIsNotFound() {
        fixture.given(environmentWithStreetScene())
                .when(new AddOutcome(PLAN, "ENV-Z", ROAD_SAFETY))
                .expectNoEvents()
                .expectException(ChangeRejected.class)
                .expectExceptionMessage("There is no priority 'ENV-Z' in this plan.");
    }

    @Test
    void revisingAFieldClosesTheGapFlaggedOnIt() {
        OutcomeDetails revision = new OutcomeDetails(null, null, null,
                List.of("Reduce killed or seriously injured casualties"), null, null, null, null, null);
        OutcomeDetails expected = new OutcomeDetails(ROAD_SAFETY.title(), "UL", ROAD_SAFETY.achievements(),
                revision.actions(), List.of(), List.of(), List.of(), List.of(), null);
        fixture.given(environmentWithStreetScene())
                .andGiven(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY))
                .when(new ReviseOutcome(PLAN, "ENV-A-1", revision))
                .expectEvents(new OutcomeRevised(PLAN, "ENV-A-1", expected));
    }

    @Test
    void aRevisionThatChangesNothingStoresNothing() {
        OutcomeDetails same = new OutcomeDetails(ROAD_SAFETY.title(), null, null, null, null, null, null, null, null);
        fixture.given(environmentWithStreetScene())
                .andGiven(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY))
                .when(new ReviseOutcome(PLAN, "ENV-A-1", same))
                .expectNoEvents()
                .expectException(ChangeRejected.class);
    }

    @Test
    void aPriorityWithOutcomesCannotBeRemoved() {
        fixture.given(environmentWithStreetScene())
                .andGiven(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY))
                .when(new RemovePriority(PLAN, "ENV-A"))
                .expectNoEvents()
                .expectExceptionMessage("The priority 'ENV-A' still has 1 outcome; remove or move them first.");
    }

    @Test
    void aTargetIsNumberedUnderItsOutcome() {
        TargetDetails recycling = new TargetDetails("Recyclables collected", null, new BigDecimal("14.5"), "14.5%",
                new BigDecimal("25.2"), "25.2%", "%", "2004/05", "meet its target of 25.2%", List.of());
        fixture.given(environmentWithStreetScene())
                .andGiven(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY))
                .when(new SetTarget(PLAN, "ENV-A-1", recycling))
                .expectEvents(new TargetSet(PLAN, "ENV-A-1-T1", "ENV-A-1", recycling));
    }

    @Test
    void fillingATargetsMissingFigureClosesItsGapAndTheOutcomesGapAboutItInTheSameChange() {
        OutcomeDetails sickness = new OutcomeDetails("Reduced sickness absence", "OD", null, List.of(), List.of(), List.of(),
                List.of(), List.of(new Gap("targets", GapKind.PLACEHOLDER, "XXX", "The figure reached is a placeholder.")), null);
        TargetDetails placeholder = new TargetDetails("Working days lost to sickness", "BVPI 12", new BigDecimal("9.98"), "9.98",
                null, "XXX", "days", "2002-03", "falling from 9.98 to XXX", List.of(new Gap("target", GapKind.PLACEHOLDER, "XXX", null)));
        TargetDetails filled = new TargetDetails(null, null, null, null, new BigDecimal("9.1"), "9.1", null, null, null, null);
        TargetDetails stored = new TargetDetails("Working days lost to sickness", "BVPI 12", new BigDecimal("9.98"), "9.98",
                new BigDecimal("9.1"), "9.1", "days", "2002-03", "falling from 9.98 to XXX", List.of());
        OutcomeDetails closed = new OutcomeDetails("Reduced sickness absence", "OD", null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
        fixture.given(environmentWithStreetScene())
                .andGiven(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", sickness), new TargetSet(PLAN, "ENV-A-1-T1", "ENV-A-1", placeholder))
                .when(new TargetCommands.ReviseTarget(PLAN, "ENV-A-1-T1", filled))
                .expectEvents(new TargetRevised(PLAN, "ENV-A-1-T1", stored), new OutcomeRevised(PLAN, "ENV-A-1", closed))
                .expectResultMessagePayload(new ChangeResult(7, "ENV-A-1-T1"));
    }

    @Test
    void aDraftMarksTheVersionBeforeIt() {
        LocalDate printed = LocalDate.of(2004, 4, 7);
        fixture.given(environmentWithStreetScene())
                .when(new IssueDraft(PLAN, "Draft 1", printed))
                .expectEvents(new DraftIssued(PLAN, 1, "Draft 1", printed, 3))
                .expectResultMessagePayload(new ChangeResult(4, "DRAFT-1"));
    }

    @Test
    void themeKeysAreUnique() {
        fixture.given(environmentWithStreetScene())
                .when(new AddTheme(PLAN, "ENV", ENVIRONMENT))
                .expectNoEvents()
                .expectException(refusedAs(RejectionCode.CONFLICT));
    }

    @Test
    void aPriorityIsNamedByItsThemeAndLetter() {
        fixture.given(new PlanStarted(PLAN, "t", "c"), new ThemeAdded(PLAN, "ENV", ENVIRONMENT))
                .when(new AddPriority(PLAN, "ENV", STREET_SCENE))
                .expectEvents(new PriorityAdded(PLAN, "ENV-A", "ENV", STREET_SCENE));
    }

    @Test
    void removingAnUnknownOutcomeIsNotFound() {
        fixture.given(environmentWithStreetScene())
                .when(new RemoveOutcome(PLAN, "ENV-A-9"))
                .expectExceptionMessage("There is no outcome 'ENV-A-9' in this plan.");
    }

    private static Object byPerson(Object event, String actor, String entityId, String idempotencyKey) {
        Map<String, Object> metaData = new HashMap<>(Map.of(ChangeMetadata.ACTOR, actor, ChangeMetadata.ENTITY_ID, entityId));
        if (idempotencyKey != null) {
            metaData.put(ChangeMetadata.IDEMPOTENCY_KEY, idempotencyKey);
            metaData.put(ChangeMetadata.CHANGE_FINGERPRINT, "fingerprint-of-" + idempotencyKey);
        }
        return GenericEventMessage.asEventMessage(event).andMetaData(metaData);
    }

    private List<Object> roadSafetyAddedThenRevisedByAColleague() {
        List<Object> events = new ArrayList<>(List.of(environmentWithStreetScene()));
        events.add(byPerson(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY), "j.smith", "ENV-A-1", null));
        events.add(byPerson(new OutcomeRevised(PLAN, "ENV-A-1", ROAD_SAFETY), "k.jones", "ENV-A-1", null));
        return events;
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedNamingTheCurrentVersionAndWhoMadeIt() {
        OutcomeDetails retitled = new OutcomeDetails("Road safety", null, null, null, null, null, null, null, null);
        fixture.given(roadSafetyAddedThenRevisedByAColleague())
                .when(new ReviseOutcome(PLAN, "ENV-A-1", retitled, null, 4L), Map.of(ChangeMetadata.ACTOR, "j.smith"))
                .expectNoEvents()
                .expectException(ChangeRejected.class)
                .expectExceptionMessage(allOf(containsString("k.jones"), containsString("plan version 5")));
    }

    @Test
    void anEventsDetailsCannotBeChangedAfterTheEvent() {
        List<String> actions = new ArrayList<>(List.of("Resurface 20 roads"));
        OutcomeDetails details = new OutcomeDetails("Road safety", null, null, actions, null, null, null, null, null);
        actions.add("Added behind the event's back");

        assertThat(details.actions()).containsExactly("Resurface 20 roads");
        assertThatThrownBy(() -> details.actions().add("Added through the event"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(details.plans()).as("a field left out stays left out").isNull();
    }

    @Test
    void aRemovalFromAStaleVersionIsRefusedToo() {
        fixture.given(roadSafetyAddedThenRevisedByAColleague())
                .when(new RemoveOutcome(PLAN, "ENV-A-1", 4L), Map.of(ChangeMetadata.ACTOR, "j.smith"))
                .expectNoEvents()
                .expectException(ChangeRejected.class)
                .expectExceptionMessage(allOf(containsString("k.jones"), containsString("plan version 5")));
    }

    @Test
    void aChangeFromTheCurrentVersionIsAccepted() {
        OutcomeDetails retitled = new OutcomeDetails("Road safety", null, null, null, null, null, null, null, null);
        fixture.given(roadSafetyAddedThenRevisedByAColleague())
                .when(new ReviseOutcome(PLAN, "ENV-A-1", retitled, null, 5L), Map.of(ChangeMetadata.ACTOR, "j.smith"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new ChangeResult(6, "ENV-A-1"));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstResultAndMakesNoSecondChange() {
        List<Object> events = new ArrayList<>(List.of(environmentWithStreetScene()));
        events.add(byPerson(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY), "j.smith", "ENV-A-1", "key-1"));
        fixture.given(events)
                .when(new AddOutcome(PLAN, "ENV-A", ROAD_SAFETY), Map.of(ChangeMetadata.ACTOR, "j.smith",
                        ChangeMetadata.IDEMPOTENCY_KEY, "key-1", ChangeMetadata.CHANGE_FINGERPRINT, "fingerprint-of-key-1"))
                .expectNoEvents()
                .expectResultMessagePayload(new ChangeResult(4, "ENV-A-1"));
    }

    @Test
    void aDifferentChangeUnderAUsedKeyIsRefusedNotAnsweredWithTheFirstResult() {
        List<Object> events = new ArrayList<>(List.of(environmentWithStreetScene()));
        events.add(byPerson(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY), "j.smith", "ENV-A-1", "key-1"));
        fixture.given(events)
                .when(new AddOutcome(PLAN, "ENV-A", ROAD_SAFETY), Map.of(ChangeMetadata.ACTOR, "j.smith",
                        ChangeMetadata.IDEMPOTENCY_KEY, "key-1", ChangeMetadata.CHANGE_FINGERPRINT, "another change"))
                .expectNoEvents()
                .expectException(ChangeRejected.class)
                .expectExceptionMessage(allOf(containsString("already used for a different change"),
                        containsString("plan version 4")));
    }

    @Test
    void aKeyIsStillRememberedJustUnderADayLater() {
        retryOfKeyOneAfter(RetriedChanges.REMEMBERED_FOR.minusMinutes(1))
                .expectNoEvents()
                .expectResultMessagePayload(new ChangeResult(4, "ENV-A-1"));
    }

    @Test
    void aKeyIsForgottenADayAfterItsChangeSoThePlansStateDoesNotGrowWithItsWholeHistory() {
        retryOfKeyOneAfter(RetriedChanges.REMEMBERED_FOR.plusMinutes(1))
                .expectEvents(new OutcomeAdded(PLAN, "ENV-A-2", "ENV-A", ROAD_SAFETY));
    }

    /** Key 1 used, then, after this long, a colleague's change, then key 1 sent again. */
    private ResultValidator<Plan> retryOfKeyOneAfter(Duration elapsed) {
        Instant keyUsed = Instant.parse("2004-04-07T09:00:00Z");
        return fixture.givenCurrentTime(keyUsed)
                .andGiven(List.of(environmentWithStreetScene()))
                .andGiven(byPerson(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY), "j.smith", "ENV-A-1", "key-1"))
                .andGivenCurrentTime(keyUsed.plus(elapsed))
                .andGiven(byPerson(new OutcomeRevised(PLAN, "ENV-A-1", ROAD_SAFETY), "k.jones", "ENV-A-1", null))
                .when(new AddOutcome(PLAN, "ENV-A", ROAD_SAFETY), Map.of(ChangeMetadata.ACTOR, "j.smith",
                        ChangeMetadata.IDEMPOTENCY_KEY, "key-1", ChangeMetadata.CHANGE_FINGERPRINT, "fingerprint-of-key-1"));
    }

    @Test
    void anotherPersonsKeyIsTheirOwn() {
        List<Object> events = new ArrayList<>(List.of(environmentWithStreetScene()));
        events.add(byPerson(new OutcomeAdded(PLAN, "ENV-A-1", "ENV-A", ROAD_SAFETY), "j.smith", "ENV-A-1", "key-1"));
        fixture.given(events)
                .when(new AddOutcome(PLAN, "ENV-A", ROAD_SAFETY),
                        Map.of(ChangeMetadata.ACTOR, "k.jones", ChangeMetadata.IDEMPOTENCY_KEY, "key-1"))
                .expectEvents(new OutcomeAdded(PLAN, "ENV-A-2", "ENV-A", ROAD_SAFETY));
    }
}
