package io.plantrail.change;

import java.util.Map;

/** A change to the plan refused by its rules; nothing was stored. */
public class ChangeRejected extends RuntimeException {

    private final RejectionCode code;
    private final Map<String, Object> details;

    public ChangeRejected(RejectionCode code, String message) {
        this(code, message, Map.of());
    }

    /** {@code details} are facts a client can act on, such as the current version of what it tried to change. */
    public ChangeRejected(RejectionCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public RejectionCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public static ChangeRejected invalid(String message) {
        return new ChangeRejected(RejectionCode.VALIDATION, message);
    }

    public static ChangeRejected notFound(String message) {
        return new ChangeRejected(RejectionCode.NOT_FOUND, message);
    }

    public static ChangeRejected conflict(String message) {
        return new ChangeRejected(RejectionCode.CONFLICT, message);
    }
}
