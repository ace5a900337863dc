package io.plantrail.change;

import java.util.Map;

/** A change to the plan refused by its rules; nothing was stored. */
public class ChangeRejected extends RuntimeException {

    private static final long NOT_VOUCHED = -1;

    private final RejectionCode code;
    private final Map<String, Object> details;
    private final long beforeAnyEventAtVersion;

    public ChangeRejected(RejectionCode code, String message) {
        this(code, message, Map.of());
    }

    /** {@code details} are facts a client can act on, such as the current version of what it tried to change. */
    public ChangeRejected(RejectionCode code, String message, Map<String, Object> details) {
        this(code, message, details, NOT_VOUCHED);
    }

    private ChangeRejected(RejectionCode code, String message, Map<String, Object> details, long beforeAnyEventAtVersion) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
        this.beforeAnyEventAtVersion = beforeAnyEventAtVersion;
    }

    /**
     * The same refusal, vouched for as made on the plan at {@code planVersion} before the change
     * applied any event: the plan held in memory is still that version and need not be read back
     * from the log.
     */
    public ChangeRejected beforeAnyEvent(long planVersion) {
        ChangeRejected vouched = new ChangeRejected(code, getMessage(), details, planVersion);
        vouched.setStackTrace(getStackTrace());
        return vouched;
    }

    public boolean madeBeforeAnyEvent() {
        return beforeAnyEventAtVersion != NOT_VOUCHED;
    }

    /** The plan version the refusal was decided on, if it was made before any event; otherwise -1. */
    public long decidedAtVersion() {
        return beforeAnyEventAtVersion;
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
