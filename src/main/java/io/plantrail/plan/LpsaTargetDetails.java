package io.plantrail.plan;

/** One of the Local Public Service Agreement's stretch targets; local ones carry local targets. */
public record LpsaTargetDetails(Integer number, String title, Boolean local) {
}
