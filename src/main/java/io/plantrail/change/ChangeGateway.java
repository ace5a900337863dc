package io.plantrail.change;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a change to its plan with who, why and when attached, and words the refusals for people.
 * Counts and times every change as accepted or refused by code ({@code plantrail.changes}).
 */
@Component
public class ChangeGateway {

    private static final Logger log = LoggerFactory.getLogger(ChangeGateway.class);
    /** On a plan busy on several nodes, each try can find it moved on again; tries are spread by a random pause. */
    private static final int ATTEMPTS = 10;
    private static final int PAUSE_MILLIS_PER_TRY = 20;

    private final CommandGateway commands;
    private final Actors actors;
    private final Clock clock;
    private final MeterRegistry meters;

    ChangeGateway(CommandGateway commands, Actors actors, MeterRegistry meters) {
        this.commands = commands;
        this.actors = actors;
        this.meters = meters;
        this.clock = Clock.systemUTC();
    }

    public ChangeResult send(PlanCommand command, String reason) {
        return send(command, reason, MetaData.emptyInstance());
    }

    /** {@code extra} carries a trace id shared by the commands of one import. */
    public ChangeResult send(PlanCommand command, String reason, MetaData extra) {
        return sendAs(actors.current(), command, reason, extra);
    }

    /** For the system's own changes (the seed import), recorded against a named system actor. */
    public ChangeResult sendAs(String actor, PlanCommand command, String reason, MetaData extra) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "refused";
        String code = "INTERNAL";
        try {
            ChangeResult result = dispatch(actor, command, reason, extra);
            outcome = "accepted";
            code = "NONE";
            return result;
        } catch (ChangeRejected refused) {
            code = refused.code().name();
            log.info("Refused {} on plan {} by {}: {} {}", command.getClass().getSimpleName(), command.planId(), actor,
                    code, refused.getMessage());
            throw refused;
        } finally {
            sample.stop(meters.timer("plantrail.changes", "type", command.getClass().getSimpleName(),
                    "outcome", outcome, "code", code));
        }
    }

    private ChangeResult dispatch(String actor, PlanCommand command, String reason, MetaData extra) {
        Rules.requireReason(reason);
        InputLimits.check(command);
        MetaData metaData = metaData(actor, command, reason.strip(), extra);
        try {
            return sendTrying(command, metaData);
        } catch (AggregateNotFoundException e) {
            throw ChangeRejected.notFound("There is no plan '" + command.planId() + "'.");
        } catch (AggregateStreamCreationException e) {
            throw ChangeRejected.conflict("Plan '" + command.planId() + "' already exists; nothing was stored.");
        } catch (ConcurrencyException e) {
            throw ChangeRejected.conflict("Plan '" + command.planId() + "' was changed or created by someone else "
                    + "at the same moment; nothing was stored. Reload and try again.");
        }
    }

    private MetaData metaData(String actor, PlanCommand command, String reason, MetaData extra) {
        MetaData metaData = ChangeMetadata.of(actor, reason, clock.instant()).mergedWith(extra);
        return extra.containsKey(ChangeMetadata.IDEMPOTENCY_KEY)
                ? metaData.and(ChangeMetadata.CHANGE_FINGERPRINT, ChangeFingerprint.of(command, reason))
                : metaData;
    }

    /**
     * Where other nodes share the store, another may store a change to the plan between this node
     * reading it and storing its own: its place in the log is taken, and the change is tried again
     * on the plan read afresh.
     */
    private ChangeResult sendTrying(PlanCommand command, MetaData metaData) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == ATTEMPTS;
            try {
                return commands.sendAndWait(command, metaData);
            } catch (AggregateStreamCreationException e) {
                throw e;
            } catch (ConcurrencyException e) {
                if (last) {
                    throw e;
                }
            }
            log.info("Plan {} was changed on another node at the same moment; trying {} again (try {})",
                    command.planId(), command.getClass().getSimpleName(), attempt + 1);
            pauseBeforeTry(attempt);
        }
    }

    private static void pauseBeforeTry(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(PAUSE_MILLIS_PER_TRY * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying a change again", e);
        }
    }
}
