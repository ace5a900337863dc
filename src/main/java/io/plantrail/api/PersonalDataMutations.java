package io.plantrail.api;

import io.plantrail.access.AdminsOnly;
import io.plantrail.api.Changes.Applied;
import io.plantrail.plan.OutcomeCommands.EraseContact;
import io.plantrail.privacy.PersonalData;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** A person's request to be erased: recorded in the plan's log, then their key is deleted. */
@Controller
@AdminsOnly
class PersonalDataMutations {

    private final Changes changes;
    private final PersonalData personalData;

    PersonalDataMutations(Changes changes, PersonalData personalData) {
        this.changes = changes;
        this.personalData = personalData;
    }

    @MutationMapping
    Applied eraseContact(@Argument String planId, @Argument String personId, @Arguments ChangeIntent intent) {
        Applied recorded = changes.apply(new EraseContact(planId, personId), intent);
        personalData.erase(personId);
        return recorded;
    }
}
