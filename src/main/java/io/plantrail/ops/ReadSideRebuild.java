package io.plantrail.ops;

import com.mongodb.client.model.Filters;
import io.plantrail.readmodel.ReadSideReset;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side emptied and projected again from the log: after a projection's code changed, or
 * when {@code verifyReadSide} finds it altered. The server is not ready while it runs (the API
 * answers NOT_READY); progress is reported about once a second.
 */
@Component
public class ReadSideRebuild {

    /** {@code done} of {@code total} events projected, at {@code perSecond}, with about {@code left} to go. */
    public record Progress(long done, long total, long perSecond, Duration left) {
    }

    private static final String PROJECTION = "plan-projection";
    private static final long REPORT_EVERY_MILLIS = 1_000;
    private static final Duration LONGEST_STALL = Duration.ofMinutes(5);

    private final EventProcessingConfiguration processing;
    private final ReadSideReset reset;
    private final ReadSide readSide;
    private final Readiness readiness;
    private final MongoTemplate axonStore;

    ReadSideRebuild(EventProcessingConfiguration processing, ReadSideReset reset, ReadSide readSide, Readiness readiness,
                    MongoTemplate axonStore) {
        this.processing = processing;
        this.reset = reset;
        this.readSide = readSide;
        this.readiness = readiness;
        this.axonStore = axonStore;
    }

    public synchronized Progress rebuild(Consumer<Progress> report) throws InterruptedException {
        StreamingEventProcessor projection = processing.eventProcessor(PROJECTION, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No " + PROJECTION + " processor runs here"));
        awaitRunning(projection);
        readiness.rebuilding();
        try {
            stop(projection);
            reset.clear();
            forgetTokens();
            projection.start();
            return followUntilCaughtUp(report);
        } finally {
            readiness.rebuilt();
        }
    }

    /**
     * A processor stopped while it is still starting up starts no worker when told to start again.
     * Running means it has claimed its segment: an empty read side looks caught up before that.
     * Where another node holds the segment, it goes on after a minute, as it did before.
     */
    private void awaitRunning(StreamingEventProcessor projection) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!(projection.processingStatus().size() > 0 && readSide.caughtUp()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /**
     * The projection's tokens deleted, so that it starts as on an empty store, from the first
     * event. Not resetTokens(): a reset wraps the token it finds, and a token left mid-replay by
     * an interrupted rebuild then leaves the projection reading nothing.
     */
    private void forgetTokens() {
        axonStore.trackingTokensCollection().deleteMany(Filters.eq("processorName", PROJECTION));
    }

    private static void stop(StreamingEventProcessor projection) throws InterruptedException {
        try {
            projection.shutdownAsync().get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The projection did not stop within a minute; the read side was left as it was", e);
        }
    }

    private Progress followUntilCaughtUp(Consumer<Progress> report) throws InterruptedException {
        long started = System.nanoTime();
        long total = readSide.eventsStored();
        long lastMove = System.nanoTime();
        long lastDone = -1;
        Progress progress;
        do {
            Thread.sleep(REPORT_EVERY_MILLIS);
            progress = progress(total - readSide.eventsBehind(), total, started);
            report.accept(progress);
            if (progress.done() != lastDone) {
                lastDone = progress.done();
                lastMove = System.nanoTime();
            } else if (System.nanoTime() - lastMove > LONGEST_STALL.toNanos()) {
                throw new IllegalStateException("The projection has not moved for " + LONGEST_STALL.toMinutes()
                        + " minutes at " + progress.done() + " of " + total + " events; see the log for its error");
            }
        } while (progress.done() < total);
        return progress;
    }

    private static Progress progress(long done, long total, long started) {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        long perSecond = Math.round(done / seconds);
        Duration left = perSecond == 0 ? Duration.ZERO : Duration.ofSeconds((total - done) / Math.max(1, perSecond));
        return new Progress(done, total, perSecond, left);
    }
}
