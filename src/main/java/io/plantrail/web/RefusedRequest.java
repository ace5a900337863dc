package io.plantrail.web;

/** A GraphQL request refused before GraphQL sees it: the HTTP status and the words for the person who sent it. */
final class RefusedRequest extends Exception {

    private final int status;

    RefusedRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
