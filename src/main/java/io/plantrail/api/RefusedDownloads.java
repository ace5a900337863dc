package io.plantrail.api;

import io.plantrail.plan.ChangeRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The plan document and the log export, refused: the right HTTP status and the code with the reason. */
@RestControllerAdvice(assignableTypes = {PlanDocumentController.class, LogExportController.class})
class RefusedDownloads {

    @ExceptionHandler(ChangeRejected.class)
    ResponseEntity<String> refused(ChangeRejected refused) {
        HttpStatus status = switch (refused.code()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN)
                .body(refused.code() + ": " + refused.getMessage());
    }
}
