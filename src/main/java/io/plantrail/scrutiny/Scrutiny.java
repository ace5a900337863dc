package io.plantrail.scrutiny;

import static io.plantrail.change.PlanChange.applied;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.ChangeResult;
import io.plantrail.change.Register;
import io.plantrail.change.Rules;
import io.plantrail.scrutiny.ScrutinyCommands.AnswerScrutinyQuestion;
import io.plantrail.scrutiny.ScrutinyCommands.AskScrutinyQuestion;
import io.plantrail.scrutiny.events.ScrutinyQuestionAnswered;
import io.plantrail.scrutiny.events.ScrutinyQuestionAsked;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * What the scrutiny committee asks and recommends about the items of a draft, and the
 * executive's answers, kept in the audit trail beside the changes they lead to. A question is
 * never withdrawn or rewritten; a later answer replaces the earlier one, and both stay in the log.
 * The drafts named must have been issued: the plan checks that, as it alone counts them.
 */
public class Scrutiny {

    private final Register<QuestionDetails> questions = new Register<>("scrutiny question");
    private int asked;

    @CommandHandler
    ChangeResult handle(AskScrutinyQuestion command) {
        QuestionDetails details = command.details();
        if (details.kind() == null || details.itemId() == null || details.itemId().isBlank()) {
            throw ChangeRejected.invalid("A question or recommendation says which it is and names the item it is about.");
        }
        Rules.requireText(details.text(), "text", "The question or recommendation", null);
        if (details.answer() != null) {
            throw ChangeRejected.invalid("A question is asked without its answer; the executive answers it.");
        }
        String id = "Q-" + (asked + 1);
        return applied(new ScrutinyQuestionAsked(command.planId(), id, details), id);
    }

    @CommandHandler
    ChangeResult handle(AnswerScrutinyQuestion command) {
        QuestionDetails question = questions.require(command.questionId());
        Answer answer = command.answer();
        if (answer == null || answer.verdict() == null) {
            throw ChangeRejected.invalid("An answer gives its verdict: ANSWERED for a question; ACCEPTED, REJECTED or DONE "
                    + "for a recommendation.");
        }
        Rules.requireText(answer.text(), "text", "The answer", null);
        boolean recommendation = question.kind() == QuestionKind.RECOMMENDATION;
        if (recommendation == (answer.verdict() == Verdict.ANSWERED)) {
            throw ChangeRejected.invalid(recommendation
                    ? "A recommendation is ACCEPTED, REJECTED (with the reasons) or DONE in a draft, not just answered."
                    : "A question is ANSWERED; ACCEPTED, REJECTED and DONE are for recommendations.");
        }
        if (answer.verdict() != Verdict.DONE && answer.inDraft() != null) {
            throw ChangeRejected.invalid("Only a recommendation DONE names the draft it was done in.");
        }
        QuestionDetails answered = question.answered(answer);
        if (answered.equals(question)) {
            throw ChangeRejected.invalid("The answer is the one already given; nothing was stored.");
        }
        return applied(new ScrutinyQuestionAnswered(command.planId(), command.questionId(), answered), command.questionId());
    }

    @EventSourcingHandler
    void on(ScrutinyQuestionAsked event) {
        questions.put(event.questionId(), event.details().itemId(), event.details());
        asked++;
    }

    @EventSourcingHandler
    void on(ScrutinyQuestionAnswered event) {
        questions.revise(event.questionId(), event.details());
    }
}
