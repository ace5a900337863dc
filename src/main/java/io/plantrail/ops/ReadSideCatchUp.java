package io.plantrail.ops;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The last step of a start: waits for the read side to catch up with the log, so the server turns
 * ready only when it can answer truthfully. If it takes longer than the wait, the server starts
 * anyway and stays not ready (see {@link Readiness}) until the read side is there.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnWebApplication
class ReadSideCatchUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReadSideCatchUp.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final ReadSide readSide;
    private final Readiness readiness;

    ReadSideCatchUp(ReadSide readSide, Readiness readiness) {
        this.readSide = readSide;
        this.readiness = readiness;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + LONGEST_WAIT.toNanos();
        while (!readSide.caughtUp()) {
            if (System.nanoTime() > deadline) {
                log.warn("The read side has not caught up after {}; not ready until it has", LONGEST_WAIT);
                return;
            }
            Thread.sleep(50);
        }
        readiness.readSideCaughtUpAtStart();
        log.info("Read side caught up with the log in {} ms; ready", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
