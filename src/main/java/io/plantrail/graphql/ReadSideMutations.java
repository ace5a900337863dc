package io.plantrail.graphql;

import io.plantrail.access.AdminsOnly;
import io.plantrail.ops.ReadSideRebuild;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The read side rebuilt from the log, by an administrator, while the server answers NOT_READY to everyone else. */
@Controller
@AdminsOnly
class ReadSideMutations {

    record Rebuilt(long events, long eventsPerSecond) {
    }

    private final ReadSideRebuild rebuild;

    ReadSideMutations(ReadSideRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @MutationMapping
    Rebuilt rebuildReadSide() throws InterruptedException {
        ReadSideRebuild.Progress done = rebuild.rebuild(progress -> { });
        return new Rebuilt(done.total(), done.perSecond());
    }
}
