package io.plantrail.document;

import io.plantrail.monitoring.Direction;
import io.plantrail.monitoring.Period;
import io.plantrail.monitoring.ReadingStatus;
import io.plantrail.readmodel.EntityVersions.Placed;
import io.plantrail.readmodel.part.Measure;
import io.plantrail.readmodel.part.PlanPart;
import io.plantrail.readmodel.part.PlanParts;
import io.plantrail.readmodel.part.Reading;
import io.plantrail.readmodel.part.Theme;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The quarterly monitoring report, the scrutiny committee's pack, as at a point: each measure's
 * latest reading known then, against its year's target, with status, direction and comment.
 * Exceptions (close to or off target) come first, then every reading restated since it was first
 * reported, with who, when and why, then every measure by theme. It prints only what was known at that point, so the
 * report as at a date is, byte for byte, the report made that day.
 */
@Component
public class MonitoringReportRenderer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);
    private static final List<String> HEADER = List.of("Measure", "Period", "Reading", "Target", "Status",
            "Direction of travel", "Comment");

    private final PlanParts parts;
    private final Proof proof;

    MonitoringReportRenderer(PlanParts parts, Proof proof) {
        this.parts = parts;
        this.proof = proof;
    }

    /** One measure's line of the report: its latest reading as at the point, and what it says. */
    private record Line(Measure measure, Reading latest, BigDecimal target, ReadingStatus status, Direction direction) {
    }

    public String render(String planId, String title, PlanPoint at, Format format) {
        return render(planId, title, at, null, format);
    }

    /**
     * As at {@code at}; with {@code since} (the point of the last report), only the readings
     * restated after it are listed as restatements, and marked where they are the latest.
     */
    public String render(String planId, String title, PlanPoint at, PlanPoint since, Format format) {
        DocumentWriter out = format.newWriter();
        out.title(title + ": monitoring report", at.label() + " (plan version " + at.version() + ")"
                + (since == null ? "" : "; restatements since the last report, " + since.label() + " (plan version "
                + since.version() + ")"));
        out.note("Each measure's latest reading known at this point, against its year's target (close to target: within "
                + "the measure's tolerance). Status: " + Arrays.stream(ReadingStatus.values())
                .map(status -> status.shape() + " " + status.inWords()).collect(Collectors.joining(", ")) + ".");
        List<Measure> measures = parts.all(planId, Measure.class, at.version());
        List<List<Reading>> readings = readingsReported(planId, measures, at.version());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            lines.add(line(measures.get(i), readings.get(i)));
        }
        if (lines.isEmpty()) {
            out.paragraph("The plan has no measures at this point.");
        } else {
            long after = since == null ? 0 : since.version();
            exceptions(out, lines, after);
            restatements(out, measures, readings, since);
            byTheme(out, planId, at.version(), lines, after);
        }
        proof.write(out, planId, at.version());
        return out.finish();
    }

    /**
     * Of each measure's readings, only those the report prints, found from where they sit before
     * any is read: the latest period's, the one before it (for the direction), and every restated one.
     */
    private List<List<Reading>> readingsReported(String planId, List<Measure> measures, long asAt) {
        List<Placed> placed = parts.placesOfChildren(planId, Reading.class, measures.stream().map(Measure::id).toList(), asAt);
        Set<String> wanted = new HashSet<>();
        placed.stream().collect(Collectors.groupingBy(Placed::parentId)).forEach((measureId, ofMeasure) -> {
            Period latest = ofMeasure.stream().map(reading -> periodOf(reading.entityId())).max(Comparator.naturalOrder()).orElseThrow();
            wanted.add(latest.readingOf(measureId));
            wanted.add(latest.previous().readingOf(measureId));
        });
        placed.stream().filter(Placed::revised).forEach(reading -> wanted.add(reading.entityId()));
        Map<String, List<Reading>> byMeasure = parts.these(planId, Reading.class, wanted, asAt).stream()
                .collect(Collectors.groupingBy(Reading::measureId));
        return measures.stream().map(measure -> byMeasure.getOrDefault(measure.id(), List.of())).toList();
    }

    /** A reading's period, from its id (M-BVPI-62@2004/05-Q2). */
    private static Period periodOf(String readingId) {
        return Period.parse(readingId.substring(readingId.lastIndexOf('@') + 1));
    }

    private static Line line(Measure measure, List<Reading> ofMeasure) {
        Map<Reading, Period> periods = ofMeasure.stream().collect(Collectors.toMap(Function.identity(), Reading::periodOf));
        List<Reading> readings = ofMeasure.stream().sorted(Comparator.comparing(periods::get)).toList();
        if (readings.isEmpty()) {
            return new Line(measure, null, null, null, null);
        }
        Reading latest = readings.get(readings.size() - 1);
        Period previous = periods.get(latest).previous();
        Reading before = readings.stream().filter(reading -> periods.get(reading).equals(previous)).findFirst().orElse(null);
        return new Line(measure, latest, measure.targetFor(periods.get(latest)), measure.statusOf(latest),
                Direction.of(latest.value(), before == null ? null : before.value(), measure.betterWhen()));
    }

    private void exceptions(DocumentWriter out, List<Line> lines, long restatedAfter) {
        out.heading(1, "Exceptions");
        List<Line> exceptions = lines.stream().filter(line -> line.status() == ReadingStatus.OFF_TARGET
                || line.status() == ReadingStatus.WITHIN_TOLERANCE)
                .sorted(Comparator.comparing(line -> line.status() == ReadingStatus.OFF_TARGET ? 0 : 1)).toList();
        if (exceptions.isEmpty()) {
            out.paragraph("No measure is off target or close to it.");
            return;
        }
        out.table(HEADER, exceptions.stream().map(line -> row(line, restatedAfter)).toList());
    }

    /**
     * Every reading known at this point that restates an earlier report of its period, whichever
     * period it is; with the last report's point, those restated after it.
     */
    private static void restatements(DocumentWriter out, List<Measure> measures, List<List<Reading>> readings, PlanPoint since) {
        Map<String, Measure> byId = measures.stream().collect(Collectors.toMap(Measure::id, Function.identity()));
        List<Reading> restated = readings.stream().flatMap(List::stream)
                .filter(reading -> reading.restated() && (since == null || reading.version() > since.version())).toList();
        if (since != null) {
            out.heading(1, "Restated since the last report");
            if (restated.isEmpty()) {
                out.paragraph("No reading was restated since the last report, " + since.label() + ".");
                return;
            }
        } else if (restated.isEmpty()) {
            return;
        } else {
            out.heading(1, "Restated readings");
        }
        restated.forEach(reading -> out.paragraph(name(byId.get(reading.measureId())) + ", "
                + reading.period() + ": now " + reading.value().toPlainString() + ", restated by "
                + reading.lastChange().actor() + " on " + WHEN.format(reading.lastChange().time()) + ": “"
                + reading.lastChange().reason() + "” (plan version " + reading.version() + "; its history shows the figure first reported)"));
    }

    private void byTheme(DocumentWriter out, String planId, long asAt, List<Line> lines, long restatedAfter) {
        Map<String, List<Line>> grouped = new LinkedHashMap<>();
        parts.all(planId, Theme.class, asAt).forEach(theme -> grouped.put(theme.label(), new ArrayList<>()));
        for (Line line : lines) {
            Theme theme = themeOf(planId, asAt, line.measure().appliesTo());
            grouped.computeIfAbsent(theme == null ? "Other measures" : theme.label(), key -> new ArrayList<>()).add(line);
        }
        grouped.forEach((theme, inTheme) -> {
            if (!inTheme.isEmpty()) {
                out.heading(1, theme);
                out.table(HEADER, inTheme.stream().map(line -> row(line, restatedAfter)).toList());
                inTheme.stream().filter(line -> line.latest() != null && line.latest().dataQuality() != null)
                        .forEach(line -> out.note("Data quality, " + name(line.measure()) + " " + line.latest().period() + ": "
                                + line.latest().dataQuality()));
            }
        });
    }

    /** A measure's line; its reading marked where it was restated after the last report (0: no last report given). */
    private static List<String> row(Line line, long restatedAfter) {
        Measure measure = line.measure();
        if (line.latest() == null) {
            return List.of(name(measure), "", "no reading yet", "", "", "", "");
        }
        boolean restatedSince = restatedAfter > 0 && line.latest().restated() && line.latest().version() > restatedAfter;
        return List.of(name(measure), line.latest().period(), TargetFigure.withUnit(line.latest().value().toPlainString(), measure.unit())
                        + (restatedSince ? " (restated since the last report)" : ""),
                line.target() == null ? "none for " + line.latest().periodOf().year()
                        : TargetFigure.withUnit(line.target().toPlainString(), measure.unit()),
                line.status().shape() + " " + line.status().inWords(), words(line.direction()),
                Objects.requireNonNullElse(line.latest().comment(), ""));
    }

    private static String name(Measure measure) {
        return measure.indicator() == null ? measure.title() : measure.title() + " (" + measure.indicator() + ")";
    }

    private static String words(Direction direction) {
        return switch (direction) {
            case IMPROVED -> "improved on the period before";
            case UNCHANGED -> "the same as the period before";
            case WORSENED -> "worse than the period before";
            case NO_EARLIER_READING -> "no reading of the period before";
        };
    }

    /** The theme a measured part sits under, found through its parents by id; null for one outside the themes. */
    private Theme themeOf(String planId, long asAt, String partId) {
        for (PlanPart at = partId == null ? null : parts.one(planId, partId, asAt); at != null;
             at = at.parentId() == null ? null : parts.one(planId, at.parentId(), asAt)) {
            if (at instanceof Theme theme) {
                return theme;
            }
        }
        return null;
    }
}
