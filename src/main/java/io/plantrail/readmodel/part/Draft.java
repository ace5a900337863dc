package io.plantrail.readmodel.part;

import io.plantrail.readmodel.LoggedChange;
import java.time.Instant;
import java.time.LocalDate;

/** A numbered draft: the plan version it marks, who issued it when, and the chain's digest then. */
public record Draft(String id, String planId, String parentId, long asAt, long version, LoggedChange lastChange,
                    int number, String label, LocalDate documentDate, Instant issuedAt, String issuedBy,
                    String reason, String digest) implements PlanPart {
}
