package io.plantrail.plan;

import io.plantrail.change.ChangeRejected;
import io.plantrail.change.RejectionCode;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

/** A fixture's expected refusal, by its code. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<ChangeRejected> refusedAs(RejectionCode code) {
        return new CustomTypeSafeMatcher<>("a change refused as " + code) {
            @Override
            protected boolean matchesSafely(ChangeRejected refused) {
                return refused.code() == code;
            }
        };
    }
}
