package io.plantrail.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.plantrail.access.OfficersOnly;
import io.plantrail.graphql.Changes.Applied;
import io.plantrail.graphql.input.MeasureInput;
import io.plantrail.graphql.input.ReadingInput;
import io.plantrail.monitoring.MeasureCommands.DefineMeasure;
import io.plantrail.monitoring.MeasureCommands.ReviseMeasure;
import io.plantrail.monitoring.ReadingCommands.RecordReading;
import io.plantrail.monitoring.ReadingCommands.RestateReading;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Measures defined and readings reported against them; a reported reading is corrected only by restating it. */
@Controller
@OfficersOnly
class MonitoringMutations {

    private final Changes changes;

    MonitoringMutations(Changes changes) {
        this.changes = changes;
    }

    @MutationMapping
    Applied defineMeasure(@Argument String planId, @Argument String key, @Argument MeasureInput input,
                          @Arguments ChangeIntent intent) {
        return changes.apply(new DefineMeasure(planId, key, input.toDetails()), intent);
    }

    @MutationMapping
    Applied reviseMeasure(@Argument String planId, @Argument String measureId, @Argument MeasureInput input,
                          @Arguments ChangeIntent intent, DataFetchingEnvironment environment) {
        return changes.apply(new ReviseMeasure(planId, measureId, input.toDetails(), ClearedFields.of(environment),
                intent.expectedVersion()), intent);
    }

    @MutationMapping
    Applied recordReading(@Argument String planId, @Argument String measureId, @Argument ReadingInput input,
                          @Arguments ChangeIntent intent) {
        return changes.apply(new RecordReading(planId, measureId, input.toDetails()), intent);
    }

    @MutationMapping
    Applied restateReading(@Argument String planId, @Argument String readingId, @Argument ReadingInput input,
                           @Arguments ChangeIntent intent) {
        return changes.apply(new RestateReading(planId, readingId, input.toDetails(), intent.expectedVersion()), intent);
    }
}
