package io.plantrail.improvement;

/** A progress entry was removed. */
public record TaskProgressRemoved(String planId, String entryId) {
}
