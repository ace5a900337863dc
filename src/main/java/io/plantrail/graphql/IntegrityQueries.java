package io.plantrail.graphql;

import io.plantrail.access.AuditorsOnly;
import io.plantrail.audit.IntegrityVerifier.Report;
import io.plantrail.audit.IntegrityVerifier;
import io.plantrail.readmodel.PlanRecords;
import io.plantrail.readmodel.ReadSideCheck;
import io.plantrail.change.ChangeRejected;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** For auditors: proof that a plan's log was not altered behind the application's back. */
@Controller
@AuditorsOnly
class IntegrityQueries {

    private final IntegrityVerifier verifier;
    private final ReadSideCheck readSide;
    private final PlanRecords plans;

    IntegrityQueries(IntegrityVerifier verifier, ReadSideCheck readSide, PlanRecords plans) {
        this.verifier = verifier;
        this.readSide = readSide;
        this.plans = plans;
    }

    @QueryMapping
    Report verifyIntegrity(@Argument String planId) {
        Report report = verifier.verify(planId, plans.version(planId));
        if (report.checkedEvents() == 0 && report.ok()) {
            throw ChangeRejected.notFound("There is no plan '" + planId + "'.");
        }
        return report;
    }

    @QueryMapping
    ReadSideCheck.Report verifyReadSide(@Argument String planId) {
        if (plans.find(planId) == null) {
            throw ChangeRejected.notFound("There is no plan '" + planId + "'.");
        }
        return readSide.check(planId);
    }
}
