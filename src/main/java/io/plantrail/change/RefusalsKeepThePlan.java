package io.plantrail.change;

import org.axonframework.messaging.unitofwork.RollbackConfiguration;

/**
 * Rolls a change back on every failure except a refusal made before any event was applied. Axon
 * drops the plan it holds in memory on every rollback, and the next change to that plan then
 * replays the whole log: a refused change, which left the plan as it was, must not cost that.
 * Nothing is stored either way: a refusal has no events to store.
 */
final class RefusalsKeepThePlan implements RollbackConfiguration {

    @Override
    public boolean rollBackOn(Throwable failure) {
        if (failure instanceof ChangeRejected refused && refused.madeBeforeAnyEvent()) {
            return false;
        }
        return failure instanceof RuntimeException || failure instanceof Error;
    }
}
