package io.plantrail.api;

import java.time.Instant;

/** The point in the plan's history a question is asked at: a draft, a plan version or an instant. */
record AsAt(Integer draft, Integer version, Instant timestamp) {
}
