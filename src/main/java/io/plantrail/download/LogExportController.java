package io.plantrail.download;

import io.plantrail.access.AuditorsOnly;
import io.plantrail.audit.LogExport;
import io.plantrail.change.ChangeRejected;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /plans/{id}/log}: the raw event log as newline-delimited JSON, for auditors. */
@RestController
class LogExportController {

    private final LogExport export;

    LogExportController(LogExport export) {
        this.export = export;
    }

    @GetMapping(value = "/plans/{id}/log", produces = "application/x-ndjson")
    @AuditorsOnly
    ResponseEntity<StreamingResponseBody> log(@PathVariable String id) {
        if (!export.hasPlan(id)) {
            throw ChangeRejected.notFound("There is no plan '" + id + "'.");
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + id + "-log.ndjson\"")
                .body(out -> export.write(id, out));
    }
}
