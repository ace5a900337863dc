package io.plantrail.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/** The read side: caught up (UP), still catching up (OUT_OF_SERVICE), or stuck on an error (DOWN). */
@Component("readSideHealthIndicator")
class ReadSideHealth implements HealthIndicator {

    private final ReadSide readSide;

    ReadSideHealth(ReadSide readSide) {
        this.readSide = readSide;
    }

    @Override
    public Health health() {
        Health.Builder health = readSide.inError() ? Health.down()
                : readSide.caughtUp() ? Health.up() : Health.status(Status.OUT_OF_SERVICE);
        return health.withDetail("eventsBehind", readSide.eventsBehind()).build();
    }
}
