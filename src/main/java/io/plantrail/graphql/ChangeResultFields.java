package io.plantrail.graphql;

import io.plantrail.readmodel.PlanRecords;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The plan as it stands after a change, for a mutation's answer. */
@Controller
class ChangeResultFields {

    private final PlanRecords plans;

    ChangeResultFields(PlanRecords plans) {
        this.plans = plans;
    }

    @SchemaMapping(typeName = "ChangeResult")
    PlanView plan(Changes.Applied applied) {
        return PlanQueries.view(plans.find(applied.planId()));
    }
}
