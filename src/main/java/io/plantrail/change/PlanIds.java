package io.plantrail.change;

import java.util.regex.Pattern;

/** Readable, stable ids: {@code harrow-bvpp-2004-05}, {@code ENV}, {@code ENV-A-1}. */
public final class PlanIds {

    private static final Pattern PLAN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private PlanIds() {
    }

    public static void requireValid(String planId) {
        if (planId == null || !PLAN_ID.matcher(planId).matches()) {
            throw ChangeRejected.invalid("A plan id is 2 to 63 lower-case letters, digits and hyphens, such as "
                    + "'harrow-bvpp-2004-05'; '" + planId + "' is not.");
        }
    }

    public static String requireKey(String key, String label) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ChangeRejected.invalid("A " + label + " is 1 to 40 letters, digits, '-' or '_'; '" + key + "' is not.");
        }
        return key;
    }
}
