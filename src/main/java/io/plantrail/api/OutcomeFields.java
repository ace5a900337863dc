package io.plantrail.api;

import io.plantrail.history.Node;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** An outcome's place in the plan: the priority it is under is its parent on the read side. */
@Controller
class OutcomeFields {

    @SchemaMapping(typeName = "Outcome")
    String priorityId(Node outcome) {
        return outcome.parentId();
    }
}
