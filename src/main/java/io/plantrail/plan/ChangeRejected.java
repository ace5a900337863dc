package io.plantrail.plan;

/** A change to the plan refused by its rules; nothing was stored. */
public class ChangeRejected extends RuntimeException {

    private final RejectionCode code;

    public ChangeRejected(RejectionCode code, String message) {
        super(message);
        this.code = code;
    }

    public RejectionCode code() {
        return code;
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
