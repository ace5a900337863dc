package io.plantrail.graphql;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The point in the plan's history a question is asked at: a draft (by number, or by the date
 * printed on it), a plan version, or an instant when a change was recorded.
 */
public record AsAt(Integer draft, Integer version, Instant timestamp, LocalDate draftDated) {
}
