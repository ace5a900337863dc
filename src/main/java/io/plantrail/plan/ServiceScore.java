package io.plantrail.plan;

/** A Comprehensive Performance Assessment score for one service area (out of 4). */
public record ServiceScore(String service, Integer score) {
}
