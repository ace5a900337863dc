package io.plantrail.download;

import io.plantrail.change.ChangeRejected;
import io.plantrail.document.Format;
import io.plantrail.document.PlanDocumentRenderer;
import io.plantrail.document.PlanPoint;
import io.plantrail.graphql.AsAt;
import io.plantrail.graphql.AsAtResolver;
import io.plantrail.graphql.PlanView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /plans/{id}/document?draft=N} (or version, timestamp): the plan as a readable page; {@code .md} for Markdown. */
@RestController
class PlanDocumentController {

    private final AsAtResolver asAtResolver;
    private final DocumentPoints points;
    private final PlanDocumentRenderer renderer;

    PlanDocumentController(AsAtResolver asAtResolver, DocumentPoints points, PlanDocumentRenderer renderer) {
        this.asAtResolver = asAtResolver;
        this.points = points;
        this.renderer = renderer;
    }

    @GetMapping(value = "/plans/{id}/document", produces = MediaType.TEXT_HTML_VALUE)
    String html(@PathVariable String id, @RequestParam(required = false) Integer draft,
                @RequestParam(required = false) Integer version, @RequestParam(required = false) String timestamp,
                @RequestParam(required = false) LocalDate draftDated) {
        return render(id, new AsAt(draft, version, instant(timestamp), draftDated), Format.HTML);
    }

    @GetMapping(value = "/plans/{id}/document.md", produces = "text/markdown;charset=UTF-8")
    String markdown(@PathVariable String id, @RequestParam(required = false) Integer draft,
                    @RequestParam(required = false) Integer version, @RequestParam(required = false) String timestamp,
                    @RequestParam(required = false) LocalDate draftDated) {
        return render(id, new AsAt(draft, version, instant(timestamp), draftDated), Format.MARKDOWN);
    }

    private String render(String id, AsAt asAt, Format format) {
        PlanView now = asAtResolver.current(id);
        boolean none = asAt.draft() == null && asAt.version() == null && asAt.timestamp() == null && asAt.draftDated() == null;
        PlanPoint point = points.of(now, none ? null : asAt);
        String label = point.label().substring(0, 1).toUpperCase() + point.label().substring(1);
        return renderer.render(id, now.council() + ": " + now.title(), label, point.version(), format);
    }

    private static Instant instant(String timestamp) {
        try {
            return timestamp == null ? null : Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw ChangeRejected.invalid("'" + timestamp + "' is not a time; give one such as 2004-04-07T12:00:00Z.");
        }
    }
}
