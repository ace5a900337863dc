package io.plantrail.document;

import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.ScrutinyQuestion;
import io.plantrail.scrutiny.Answer;
import io.plantrail.scrutiny.QuestionKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the scrutiny committee had asked about each item, and the answers, as known at one point
 * of the plan: a document made as at that point prints the same notes whenever it is made.
 */
final class ScrutinyNotes {

    private final Map<String, List<ScrutinyQuestion>> byItem;

    private ScrutinyNotes(Map<String, List<ScrutinyQuestion>> byItem) {
        this.byItem = byItem;
    }

    static ScrutinyNotes at(PlanParts parts, String planId, long planVersion) {
        return new ScrutinyNotes(parts.all(planId, ScrutinyQuestion.class, planVersion).stream()
                .collect(Collectors.groupingBy(ScrutinyQuestion::itemId)));
    }

    /** One line for each question on the item, in the order asked. */
    List<String> about(String itemId) {
        return byItem.getOrDefault(itemId, List.of()).stream().map(ScrutinyNotes::words).toList();
    }

    private static String words(ScrutinyQuestion question) {
        String asked = (question.kind() == QuestionKind.RECOMMENDATION ? "Scrutiny's recommendation " : "Scrutiny's question ")
                + question.id() + " on Draft " + question.draft() + ": “" + question.text() + "” ";
        Answer answer = question.answer();
        if (answer == null) {
            return asked + "Not answered at this point.";
        }
        return asked + "Answer (" + question.lastChange().actor() + "): " + answer.verdict().name().toLowerCase()
                + (answer.inDraft() == null ? "" : " in Draft " + answer.inDraft()) + ", “" + answer.text() + "”.";
    }
}
