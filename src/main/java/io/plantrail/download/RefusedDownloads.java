package io.plantrail.download;

import io.plantrail.change.ChangeRejected;
import io.plantrail.web.ErrorBody;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The plan document, the comparison, the monitoring report and the log export, refused: the right HTTP status and, as from /graphql, a
 * JSON body with the code and a reason a council officer understands.
 */
@RestControllerAdvice(assignableTypes = {PlanDocumentController.class, ComparisonDocumentController.class,
        MonitoringReportController.class,
        LogExportController.class})
class RefusedDownloads {

    @ExceptionHandler(ChangeRejected.class)
    void refused(ChangeRejected refused, HttpServletResponse response) throws IOException {
        HttpStatus status = switch (refused.code()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        ErrorBody.write(response, status.value(), refused.code().name(), refused.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    void missing(MissingServletRequestParameterException missing, HttpServletResponse response) throws IOException {
        ErrorBody.write(response, HttpStatus.BAD_REQUEST.value(), "VALIDATION",
                "Say '" + missing.getParameterName() + "': the point to read the plan at, such as draft:1.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void notANumber(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
        ErrorBody.write(response, HttpStatus.BAD_REQUEST.value(), "VALIDATION",
                "'" + mismatch.getValue() + "' is not a valid " + mismatch.getName() + "; give a number such as 1.");
    }
}
