package io.plantrail.graphql;

import io.plantrail.access.HistoryReaders;
import io.plantrail.readmodel.LiveChanges;
import org.bson.Document;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The plan's log, live: each change pushed over WebSocket as the read side stores it. */
@Controller
@HistoryReaders
class PlanChangeSubscription {

    private final LiveChanges live;
    private final AsAtResolver plans;

    PlanChangeSubscription(LiveChanges live, AsAtResolver plans) {
        this.live = live;
        this.plans = plans;
    }

    @SubscriptionMapping
    Flux<Document> planChanged(@Argument String planId) {
        plans.current(planId); // NOT_FOUND before anything is pushed, if there is no such plan
        return live.of(planId);
    }
}
