package io.plantrail.plan;

import static io.plantrail.change.PlanChange.applied;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Rules;
import io.plantrail.improvement.events.TaskAdded;
import io.plantrail.improvement.events.TaskRevised;
import io.plantrail.plan.OutcomeCommands.EraseContact;
import io.plantrail.plan.events.ContactErased;
import io.plantrail.plan.events.OutcomeAdded;
import io.plantrail.plan.events.OutcomeRevised;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The people the plan's contacts have ever named (by person id), and when any of them was erased. */
class NamedPeople {

    private final Set<String> named = new HashSet<>();
    private final Map<String, Long> erasedAtVersion = new HashMap<>();

    @CommandHandler
    ChangeResult handle(EraseContact command) {
        if (!named.contains(command.personId())) {
            throw ChangeRejected.notFound("No contact in this plan has the person id '" + command.personId() + "'.");
        }
        Long erased = erasedAtVersion.get(command.personId());
        if (erased != null) {
            return new ChangeResult(erased, command.personId()); // erasing twice changes nothing
        }
        return applied(new ContactErased(command.planId(), command.personId()), command.personId());
    }

    @EventSourcingHandler
    void on(OutcomeAdded event) {
        remember(event.details());
    }

    @EventSourcingHandler
    void on(OutcomeRevised event) {
        remember(event.details());
    }

    @EventSourcingHandler
    void on(TaskAdded event) {
        remember(event.details().officers());
    }

    @EventSourcingHandler
    void on(TaskRevised event) {
        remember(event.details().officers());
    }

    @EventSourcingHandler
    void on(ContactErased event, @SequenceNumber long sequenceNumber) {
        erasedAtVersion.put(event.personId(), sequenceNumber + 1);
    }

    private void remember(OutcomeDetails details) {
        remember(details.contacts());
    }

    /** The people among the contacts: a team has no person id. */
    private void remember(java.util.List<io.plantrail.change.Contact> contacts) {
        Rules.orEmpty(contacts).stream().filter(contact -> contact.personId() != null).forEach(contact -> named.add(contact.personId()));
    }
}
