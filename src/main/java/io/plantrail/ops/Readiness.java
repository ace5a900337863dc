package io.plantrail.ops;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * Ready means the seed import is done and the read side has caught up with the event store, so
 * no one is served an empty or half-built plan as if it were real. Once caught up, a server stays
 * ready: the read side then follows each change within milliseconds.
 */
@Component
public class Readiness {

    private final ApplicationAvailability availability;
    private final ReadSide readSide;
    private volatile boolean caughtUpOnce;
    private volatile boolean rebuilding;

    Readiness(ApplicationAvailability availability, ReadSide readSide) {
        this.availability = availability;
        this.readSide = readSide;
    }

    public boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC && readSideCaughtUp();
    }

    /** The start saw the read side reach the end of the log; a processor re-claiming its segment later does not undo that. */
    void readSideCaughtUpAtStart() {
        caughtUpOnce = true;
    }

    /** The read side is being built again: not ready until it has caught up. */
    void rebuilding() {
        caughtUpOnce = false;
        rebuilding = true;
    }

    void rebuilt() {
        rebuilding = false;
        caughtUpOnce = true;
    }

    private boolean readSideCaughtUp() {
        if (rebuilding) {
            return false;
        }
        if (!caughtUpOnce) {
            caughtUpOnce = readSide.caughtUp();
        }
        return caughtUpOnce;
    }
}
