package io.plantrail.history;

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

    private static final long STORED_PROGRESS_CHECK_MILLIS = 250;

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

    /** Waits until the read side shows the given version of the plan; false if it did not in time. */
    public boolean awaitVersion(String planId, long version, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextStoredCheck = 0;
        synchronized (this) {
            while (applied.getOrDefault(planId, 0L) < version) {
                long now = System.nanoTime();
                if (now >= nextStoredCheck) {
                    applied.merge(planId, plans.version(planId), Math::max);
                    nextStoredCheck = now + Duration.ofMillis(STORED_PROGRESS_CHECK_MILLIS).toNanos();
                    continue;
                }
                long waitMillis = Math.min(deadline - now, nextStoredCheck - now) / 1_000_000;
                if (now >= deadline) {
                    return false;
                }
                try {
                    wait(Math.max(1, waitMillis));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
