package io.plantrail.change;

import java.util.Map;

/** A change to the plan refused by its rules; nothing was stored. */
public class ChangeRejected extends RuntimeException {

    private final RejectionCode code;
    private final Map<String, Object> details;
    private final boolean beforeAnyEvent;

    public ChangeRejected(RejectionCode code, String message) {
        this(code, message, Map.of());
    }

    /** {@code details} are facts a client can act on, such as the current version of what it tried to change. */
    public ChangeRejected(RejectionCode code, String message, Map<String, Object> details) {
        this(code, message, details, false);
    }

    private ChangeRejected(RejectionCode code, String message, Map<String, Object> details, boolean beforeAnyEvent) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
        this.beforeAnyEvent = beforeAnyEvent;
    }

    /**
     * The same refusal, vouched for as made before the change applied any event, so the plan held in
     * memory is still the stored plan and need not be read back from the log.
     */
    public ChangeRejected beforeAnyEvent() {
        ChangeRejected vouched = new ChangeRejected(code, getMessage(), details, true);
        vouched.setStackTrace(getStackTrace());
        return vouched;
    }

    public boolean madeBeforeAnyEvent() {
        return beforeAnyEvent;
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
