package io.plantrail.readmodel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How far the read side has got with each plan. The projector reports every version it has
 * applied, and a writer waiting to read its own change is woken by that report, not by polling.
 * The stored progress is looked at now and then as well, for a read side kept by another server.
 */
@Component
public class ReadSideProgress {

    private static final long STORED_PROGRESS_CHECK_NANOS = Duration.ofMillis(250).toNanos();

    private final PlanRecords plans;
    private final Map<String, Long> applied = new ConcurrentHashMap<>();

    ReadSideProgress(PlanRecords plans) {
        this.plans = plans;
    }

    void applied(String planId, long version) {
        applied.merge(planId, version, Math::max);
        synchronized (this) {
            notifyAll();
        }
    }

    /** The read side was emptied to be built again: what it had applied no longer holds. */
    void forget() {
        applied.clear();
    }

    /**
     * Waits until the read side shows the given version of the plan; false if it did not in time.
     * The stored progress is read outside the lock, so that waiters never hold up the projector's reports.
     */
    public boolean awaitVersion(String planId, long version, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (applied.getOrDefault(planId, 0L) < version) {
            applied.merge(planId, plans.version(planId), Math::max);
            long now = System.nanoTime();
            if (applied.getOrDefault(planId, 0L) >= version) {
                return true;
            }
            if (now >= deadline) {
                return false;
            }
            if (!awaitReport(planId, version, Math.min(deadline - now, STORED_PROGRESS_CHECK_NANOS))) {
                return false;
            }
        }
        return true;
    }

    /** Sleeps until a report reaches the version or the time is up; false if interrupted. */
    private synchronized boolean awaitReport(String planId, long version, long nanos) {
        long until = System.nanoTime() + nanos;
        while (applied.getOrDefault(planId, 0L) < version) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
