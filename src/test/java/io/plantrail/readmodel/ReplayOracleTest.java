package io.plantrail.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantrail.change.ChangeGateway;
import io.plantrail.budget.Amount;
import io.plantrail.budget.BudgetColumn;
import io.plantrail.budget.BudgetCommands.AddBudgetLine;
import io.plantrail.budget.BudgetCommands.AddBudgetTable;
import io.plantrail.budget.BudgetCommands.RemoveBudgetLine;
import io.plantrail.budget.BudgetCommands.ReviseBudgetLine;
import io.plantrail.budget.BudgetLineDetails;
import io.plantrail.budget.BudgetTableDetails;
import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Contact;
import io.plantrail.change.Gap;
import io.plantrail.change.GapKind;
import io.plantrail.plan.OutcomeCommands.AddOutcome;
import io.plantrail.plan.OutcomeCommands.RemoveOutcome;
import io.plantrail.plan.OutcomeCommands.ReviseOutcome;
import io.plantrail.plan.OutcomeDetails;
import io.plantrail.change.PlanCommand;
import io.plantrail.plan.PlanLifecycleCommands.IssueDraft;
import io.plantrail.plan.PlanLifecycleCommands.StartPlan;
import io.plantrail.plan.PriorityCommands.AddPriority;
import io.plantrail.plan.PriorityDetails;
import io.plantrail.plan.TargetCommands.RemoveTarget;
import io.plantrail.plan.TargetCommands.ReviseTarget;
import io.plantrail.plan.TargetCommands.SetTarget;
import io.plantrail.plan.TargetDetails;
import io.plantrail.plan.ThemeCommands.AddTheme;
import io.plantrail.plan.ThemeDetails;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The replay oracle: for random command sequences, the projection as at every version equals
 * the state rebuilt by replaying the stored events up to that version.
 */
@SpringBootTest(properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class ReplayOracleTest {


    @Autowired
    ChangeGateway gateway;
    @Autowired
    EventStore eventStore;
    @Autowired
    EntityVersions versions;
    @Autowired
    ReadSideProgress readSide;
    @Autowired
    com.mongodb.client.MongoDatabase database;
    @Autowired
    PlanRecords plans;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theProjectionAsAtEveryVersionEqualsTheReplayedEvents(long seed) {
        String planId = "oracle-" + seed;
        RandomChanges changes = new RandomChanges(planId, new Random(seed));
        long first = changes.run(10);
        assertThat(readSide.awaitVersion(planId, first, Duration.ofSeconds(30))).isTrue();
        ReadSideWriter writer = new ReadSideWriter(database);
        EntityVersions anotherServer = new EntityVersions(database, new ChangeLog(database, plans, writer), plans, writer);
        anotherServer.everything(planId, first); // its index is built now and must catch up with what follows
        long last = changes.run(110);
        assertThat(readSide.awaitVersion(planId, last, Duration.ofSeconds(30))).isTrue();

        Map<String, Map<String, Object>> replayed = new TreeMap<>();
        for (DomainEventMessage<?> event : eventStore.readEvents(planId, 0).asStream().toList()) {
            apply(replayed, event.getPayload());
            long version = event.getSequenceNumber() + 1;
            assertThat(projectedAt(versions, planId, version)).as("plan %s as at version %d", planId, version).isEqualTo(replayed);
            Map<String, Map<String, Object>> elsewhere = projectedAt(anotherServer, planId, version);
            assertThat(elsewhere).as("on a server that does not project, as at %d: %s", version, differences(elsewhere, replayed))
                    .isEqualTo(replayed);
        }
    }

    private static String differences(Map<String, Map<String, Object>> found, Map<String, Map<String, Object>> expected) {
        Set<String> ids = new java.util.TreeSet<>(found.keySet());
        ids.addAll(expected.keySet());
        return ids.stream().filter(id -> !java.util.Objects.equals(found.get(id), expected.get(id)))
                .map(id -> id + " is " + found.get(id) + " but should be " + expected.get(id)).toList().toString();
    }

    private static Map<String, Map<String, Object>> projectedAt(EntityVersions versions, String planId, long version) {
        Map<String, Map<String, Object>> projected = new TreeMap<>();
        for (StoredVersion stored : versions.everything(planId, version)) {
            if (stored.kind() != EntityKind.DRAFT) {
                projected.put(stored.entityId(), new HashMap<>(stored.details()));
            }
        }
        return projected;
    }

    /** The oracle's own fold: an entity is whatever its last Added/Set/Recorded/Revised event said. */
    private static void apply(Map<String, Map<String, Object>> state, Object event) {
        String type = event.getClass().getSimpleName();
        String id = entityId(event);
        if (id == null) {
            return;
        }
        if (type.endsWith("Removed")) {
            state.remove(id);
        } else {
            Record details = (Record) read(event, "details");
            state.put(id, new HashMap<>(ContentCodec.toDocument(details)));
        }
    }

    private static String entityId(Object event) {
        if (event.getClass().getSimpleName().startsWith("Cpa")) {
            return "CPA";
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (!component.getName().equals("planId") && component.getName().endsWith("Id")) {
                return (String) read(event, component.getName());
            }
        }
        return null;
    }

    private static Object read(Object record, String name) {
        try {
            return record.getClass().getMethod(name).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Random but valid-looking changes to one plan; refused ones are part of the test too. */
    private final class RandomChanges {

        private final String planId;
        private final Random random;
        private final List<String> outcomes = new ArrayList<>();
        private final List<String> targets = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private long version;

        RandomChanges(String planId, Random random) {
            this.planId = planId;
            this.random = random;
        }

        long run(int steps) {
            if (version == 0) {
                start();
            }
            for (int i = 0; i < steps; i++) {
                step();
            }
            return version;
        }

        private void start() {
            send(new StartPlan(planId, "Oracle plan", "Test Council"));
            send(new AddTheme(planId, "ENV", new ThemeDetails("Environment", null, "We will …", List.of())));
            for (String letter : List.of("A", "B")) {
                send(new AddPriority(planId, "ENV", new PriorityDetails(letter, "Priority " + letter, List.of(), null)));
            }
            send(new AddBudgetTable(planId, "MTBS", new BudgetTableDetails("MTBS", null,
                    List.of(new BudgetColumn("y1", "2004-05", "£m"), new BudgetColumn("y2", "2005-06", "£m")), List.of(), null, null)));
        }

        private void step() {
            switch (random.nextInt(10)) {
                case 0, 1 -> outcomes.add(send(new AddOutcome(planId, "ENV-" + (random.nextBoolean() ? "A" : "B"), outcome())));
                case 2 -> pick(outcomes).ifPresent(o -> send(new ReviseOutcome(planId, o, revision())));
                case 3 -> pick(outcomes).ifPresent(o -> {
                    if (send(new RemoveOutcome(planId, o)) != null) {
                        outcomes.remove(o);
                    }
                });
                case 4 -> pick(outcomes).ifPresent(o -> targets.add(send(new SetTarget(planId, o, target()))));
                case 5 -> pick(targets).ifPresent(t -> send(new ReviseTarget(planId, t, target())));
                case 6 -> pick(targets).ifPresent(t -> {
                    send(new RemoveTarget(planId, t));
                    targets.remove(t);
                });
                case 7 -> lines.add(send(new AddBudgetLine(planId, "MTBS", new BudgetLineDetails("Line " + random.nextInt(99),
                        List.of(new Amount("y1", figure(), null)), List.of(new Gap("amounts.y2", GapKind.BLANK, null, null)), null))));
                case 8 -> pick(lines).ifPresent(l -> send(new ReviseBudgetLine(planId, l, null,
                        List.of(new Amount(random.nextBoolean() ? "y1" : "y2", figure(), null)), null)));
                default -> {
                    if (random.nextInt(4) == 0) {
                        pick(lines).ifPresent(l -> {
                            send(new RemoveBudgetLine(planId, l));
                            lines.remove(l);
                        });
                    } else {
                        send(new IssueDraft(planId, "Draft", LocalDate.of(2004, 4, 7)));
                    }
                }
            }
            outcomes.removeIf(o -> o == null);
            targets.removeIf(t -> t == null);
            lines.removeIf(l -> l == null);
        }

        private OutcomeDetails outcome() {
            return new OutcomeDetails("Outcome " + random.nextInt(1000), random.nextBoolean() ? "UL" : "PF", null,
                    List.of("Action " + random.nextInt(9)), List.of(), List.of("BV " + random.nextInt(200)),
                    List.of(Contact.sealed("P-" + random.nextInt(9), "sealed-elsewhere")),
                    List.of(new Gap("achievements", GapKind.TO_BE_COMPLETED, "to be completed", null)), null);
        }

        private OutcomeDetails revision() {
            return random.nextBoolean()
                    ? new OutcomeDetails(null, null, "Done " + random.nextInt(1000), null, null, null, null, null, null)
                    : new OutcomeDetails("Renamed " + random.nextInt(1000), null, null, null, null, null, null, null, null);
        }

        private TargetDetails target() {
            return new TargetDetails("Target " + random.nextInt(99), null, null, null,
                    new BigDecimal(random.nextInt(1000)).movePointLeft(1), null, "%", "2004/05", null, List.of());
        }

        private String figure() {
            return new BigDecimal(random.nextInt(100000) - 50000).movePointLeft(3).toPlainString();
        }

        private <T> java.util.Optional<T> pick(List<T> items) {
            return items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(items.get(random.nextInt(items.size())));
        }

        private String send(PlanCommand command) {
            try {
                ChangeResult result = gateway.sendAs("oracle", command, "Random change", org.axonframework.messaging.MetaData.emptyInstance());
                version = result.planVersion();
                return result.entityId();
            } catch (ChangeRejected refused) {
                return null;
            }
        }
    }
}
