package io.plantrail.scrutiny;

import io.plantrail.change.ChangeToExisting;
import io.plantrail.change.PlanCommand;

/** Commands on what the scrutiny committee asks and recommends, and on the executive's answers. */
public final class ScrutinyCommands {

    private ScrutinyCommands() {
    }

    /** A question or recommendation put on an item of a draft; its id is Q- and the next number. */
    public record AskScrutinyQuestion(String planId, QuestionDetails details) implements PlanCommand {
    }

    /** The executive's answer to a question or recommendation; a later answer replaces it, and both stay in the log. */
    public record AnswerScrutinyQuestion(String planId, String questionId, Answer answer, Long expectedVersion)
            implements ChangeToExisting {

        @Override
        public String entityId() {
            return questionId;
        }
    }
}
