package io.plantrail.graphql;

import io.plantrail.access.AdminsOnly;
import io.plantrail.graphql.Changes.Applied;
import io.plantrail.plan.OutcomeCommands.EraseContact;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** A person's request to be erased, recorded in the plan's log; the privacy feature carries it out (ErasureOnRequest). */
@Controller
@AdminsOnly
class PersonalDataMutations {

    private final Changes changes;

    PersonalDataMutations(Changes changes) {
        this.changes = changes;
    }

    @MutationMapping
    Applied eraseContact(@Argument String planId, @Argument String personId, @Arguments ChangeIntent intent) {
        return changes.apply(new EraseContact(planId, personId), intent);
    }
}
