package io.plantrail.download;

import io.plantrail.document.DraftComparisonRenderer;
import io.plantrail.document.Format;
import io.plantrail.document.PlanPoint;
import io.plantrail.graphql.AsAtResolver;
import io.plantrail.graphql.PlanView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /plans/{id}/comparison?from=draft:1&to=draft:2}: two points of the plan as one
 * document with track-changes marks, as a printable page; {@code comparison.md} for Markdown.
 * A point is draft:N, version:N, date:YYYY-MM-DD (its end) or now; to defaults to now.
 */
@RestController
class ComparisonDocumentController {

    private final AsAtResolver asAtResolver;
    private final DocumentPoints points;
    private final DraftComparisonRenderer renderer;

    ComparisonDocumentController(AsAtResolver asAtResolver, DocumentPoints points, DraftComparisonRenderer renderer) {
        this.asAtResolver = asAtResolver;
        this.points = points;
        this.renderer = renderer;
    }

    @GetMapping(value = "/plans/{id}/comparison", produces = MediaType.TEXT_HTML_VALUE)
    String html(@PathVariable String id, @RequestParam String from, @RequestParam(required = false) String to) {
        return render(id, from, to, Format.HTML);
    }

    @GetMapping(value = "/plans/{id}/comparison.md", produces = "text/markdown;charset=UTF-8")
    String markdown(@PathVariable String id, @RequestParam String from, @RequestParam(required = false) String to) {
        return render(id, from, to, Format.MARKDOWN);
    }

    private String render(String id, String from, String to, Format format) {
        PlanView plan = asAtResolver.current(id);
        PlanPoint earlier = points.of(plan, DocumentPoints.parse(from));
        PlanPoint later = points.of(plan, DocumentPoints.parse(to));
        AsAtResolver.inOrder(earlier.version(), later.version());
        return renderer.render(id, plan.council() + ": " + plan.title(), earlier, later, format);
    }
}
