package io.plantrail.document;

import io.plantrail.budget.BudgetCheckChange;
import io.plantrail.change.GapKind;
import io.plantrail.privacy.PersonalData;
import io.plantrail.readmodel.BudgetChecks;
import io.plantrail.readmodel.LoggedChange;
import io.plantrail.readmodel.PlanDiff;
import io.plantrail.readmodel.PlanDiff.EntityChange;
import io.plantrail.readmodel.PlanDiff.FieldChange;
import io.plantrail.readmodel.part.BudgetTable;
import io.plantrail.readmodel.part.PlanPart;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.Priority;
import io.plantrail.readmodel.part.Theme;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Two points of a plan as one document with track-changes marks: each part that changed, under its
 * theme and priority or its budget table, its words struck out and put in, each figure with its
 * difference, who made each change and why, and what scrutiny had asked about it by the later point.
 */
@Component
public class DraftComparisonRenderer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Map<String, String> CHANGE_WORDS = Map.of("ADDED", "Added", "REMOVED", "Removed", "CHANGED", "Changed");
    private static final Map<String, String> VERDICTS = Map.of("AGREES", "adds up", "DIFFERS", "does not add up",
            "DIFFERS_WITHIN_ROUNDING", "differs in the last digit (rounding could explain it)",
            "CANNOT_CHECK", "cannot be checked");

    private final PlanDiff diff;
    private final PlanParts parts;
    private final BudgetChecks checks;
    private final PersonalData personalData;
    private final Proof proof;

    DraftComparisonRenderer(PlanDiff diff, PlanParts parts, BudgetChecks checks, PersonalData personalData, Proof proof) {
        this.diff = diff;
        this.proof = proof;
        this.parts = parts;
        this.checks = checks;
        this.personalData = personalData;
    }

    public String render(String planId, String title, PlanPoint from, PlanPoint to, Format format) {
        DocumentWriter out = format.newWriter();
        List<EntityChange> changes = diff.between(planId, from.version(), to.version());
        out.title(title + ": what changed", "From " + from.label() + " (plan version " + from.version() + ") to "
                + to.label() + " (plan version " + to.version() + ")");
        out.note(format == Format.HTML ? "Deleted words are struck through in red; inserted words are underlined in green."
                : "Deleted words are ~~struck through~~; inserted words are in **bold**.");
        out.paragraph(summary(changes));
        Map<String, PlanPart> names = names(planId, from, to);
        ScrutinyNotes questions = ScrutinyNotes.at(parts, planId, to.version());
        PlanDiff.byPlace(changes).forEach((place, inPlace) -> {
            out.heading(1, place(place, names));
            inPlace.forEach(change -> {
                change(out, change);
                questions.about(change.entityId()).forEach(out::note);
            });
        });
        budgetChecks(out, BudgetCheckChange.between(checks.at(planId, from.version()), checks.at(planId, to.version())));
        proof.write(out, planId, from.version(), to.version());
        return out.finish();
    }

    private static String summary(List<EntityChange> changes) {
        if (changes.isEmpty()) {
            return "Nothing in the plan differs between these two points.";
        }
        Map<String, Long> counted = changes.stream().collect(Collectors.groupingBy(EntityChange::change, Collectors.counting()));
        return counted.getOrDefault("CHANGED", 0L) + " parts changed, " + counted.getOrDefault("ADDED", 0L) + " added and "
                + counted.getOrDefault("REMOVED", 0L) + " removed.";
    }

    /** Every theme, priority and budget table at either point, so a removed one still has its name. */
    private Map<String, PlanPart> names(String planId, PlanPoint from, PlanPoint to) {
        Map<String, PlanPart> names = parts.everything(planId, from.version()).stream()
                .collect(Collectors.toMap(PlanPart::id, Function.identity(), (a, b) -> b, LinkedHashMap::new));
        parts.everything(planId, to.version()).forEach(part -> names.put(part.id(), part));
        return names;
    }

    private static String place(List<String> place, Map<String, PlanPart> names) {
        Theme theme = place.get(0) == null ? null : (Theme) names.get(place.get(0));
        Priority priority = place.get(1) == null ? null : (Priority) names.get(place.get(1));
        BudgetTable table = place.get(2) == null ? null : (BudgetTable) names.get(place.get(2));
        if (table != null) {
            return "Budget: " + text(table.title());
        }
        if (priority != null) {
            String heading = PriorityHeading.of(priority.letter(), priority.title());
            return text(theme == null ? null : theme.name()) + ", " + heading.substring(0, 1).toLowerCase() + heading.substring(1);
        }
        return theme != null ? text(theme.name()) : "Other parts of the plan";
    }

    private void change(DocumentWriter out, EntityChange change) {
        out.heading(2, CHANGE_WORDS.get(change.change()) + ": " + kindWords(change.entityKind()) + " “"
                + Objects.requireNonNullElse(change.label(), change.entityId()) + "”", change.entityId());
        for (FieldChange field : change.fields()) {
            String before = shown(field.field(), field.before());
            String after = shown(field.field(), field.after());
            out.tracked(FieldLabels.of(field.field()), WordDiff.between(before, after), difference(field.difference(), field.unit()));
        }
        change.events().forEach(event -> out.note(whoAndWhy(event)));
    }

    private static String kindWords(String kind) {
        return kind.charAt(0) + kind.substring(1).toLowerCase().replace('_', ' ');
    }

    /** What a reader sees of a stored value: contacts revealed (or erased), gaps in plain words, lists one per line. */
    private String shown(String field, Object value) {
        if (value == null) {
            return "";
        }
        if (field.equals("contacts") || field.equals("officers")) {
            return personalData.reveal((List<?>) value).stream().map(PlanDocumentRenderer::contact)
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DraftComparisonRenderer::item).collect(Collectors.joining("\n"));
        }
        return value.toString();
    }

    private static String item(Object item) {
        if (item instanceof Map<?, ?> gap && gap.containsKey("kind") && gap.containsKey("field")) {
            return FieldLabels.of(String.valueOf(gap.get("field"))) + ": " + GapKind.inPlainWords(String.valueOf(gap.get("kind")));
        }
        if (item instanceof Map<?, ?> map) {
            return map.values().stream().filter(Objects::nonNull).map(Object::toString).collect(Collectors.joining(" "));
        }
        return String.valueOf(item);
    }

    private static String difference(BigDecimal difference, String unit) {
        if (difference == null) {
            return null;
        }
        return "difference " + signed(difference) + (unit == null ? "" : " " + unit);
    }

    private static String signed(BigDecimal figure) {
        return (figure.signum() > 0 ? "+" : figure.signum() < 0 ? "−" : "") + figure.abs().toPlainString();
    }

    private static String whoAndWhy(LoggedChange event) {
        String reason = event.reason();
        return "Changed by " + event.actor() + " on " + WHEN.format(event.time()) + " (plan version "
                + event.planVersion() + ", " + event.type() + "): "
                + (reason == null || reason.isBlank() ? "no reason was given." : "“" + reason + "”");
    }

    private static void budgetChecks(DocumentWriter out, List<BudgetCheckChange> changed) {
        if (changed.isEmpty()) {
            return;
        }
        out.heading(1, "Budget arithmetic that changed");
        out.table(List.of("Check", "Where", "Before", "After"), changed.stream().map(check -> List.of(check.description(),
                check.where(), verdict(check.from(), check.differenceBefore()), verdict(check.to(), check.differenceAfter())))
                .toList());
    }

    private static String verdict(String status, BigDecimal difference) {
        String words = status == null ? "not checked then" : VERDICTS.getOrDefault(status, status);
        return difference == null || difference.signum() == 0 ? words : words + " (out by " + signed(difference) + ")";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
