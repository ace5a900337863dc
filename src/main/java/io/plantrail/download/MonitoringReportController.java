package io.plantrail.download;

import io.plantrail.change.ChangeRejected;
import io.plantrail.document.Format;
import io.plantrail.document.MonitoringReportRenderer;
import io.plantrail.document.PlanPoint;
import io.plantrail.graphql.AsAtResolver;
import io.plantrail.graphql.PlanView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /plans/{id}/monitoring-report?at=date:2004-11-15} (or draft:2, version:300, now):
 * the quarterly monitoring report as at that point; {@code .md} for Markdown. {@code since} (a
 * point of the same kinds: the last report's) lists only the readings restated after it.
 */
@RestController
class MonitoringReportController {

    private final AsAtResolver asAtResolver;
    private final DocumentPoints points;
    private final MonitoringReportRenderer renderer;

    MonitoringReportController(AsAtResolver asAtResolver, DocumentPoints points, MonitoringReportRenderer renderer) {
        this.asAtResolver = asAtResolver;
        this.points = points;
        this.renderer = renderer;
    }

    @GetMapping(value = "/plans/{id}/monitoring-report", produces = MediaType.TEXT_HTML_VALUE)
    String html(@PathVariable String id, @RequestParam(required = false) String at, @RequestParam(required = false) String since) {
        return render(id, at, since, Format.HTML);
    }

    @GetMapping(value = "/plans/{id}/monitoring-report.md", produces = "text/markdown;charset=UTF-8")
    String markdown(@PathVariable String id, @RequestParam(required = false) String at,
                    @RequestParam(required = false) String since) {
        return render(id, at, since, Format.MARKDOWN);
    }

    private String render(String id, String at, String since, Format format) {
        PlanView plan = asAtResolver.current(id);
        PlanPoint point = points.of(plan, DocumentPoints.parse(at));
        PlanPoint lastReport = since == null ? null : points.of(plan, DocumentPoints.parse(since));
        if (lastReport != null && lastReport.version() > point.version()) {
            throw ChangeRejected.invalid("The last report ('since', plan version " + lastReport.version() + ") comes after "
                    + "this one ('at', plan version " + point.version() + "); give the earlier report as 'since'.");
        }
        String label = point.label().substring(0, 1).toUpperCase() + point.label().substring(1);
        return renderer.render(id, plan.council() + ": " + plan.title(), new PlanPoint(point.version(), label), lastReport, format);
    }
}
