package io.plantrail.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Hard limits on a GraphQL request. The defaults leave room for the deepest and largest queries
 * a frontend needs (the whole plan tree with histories) and nothing like a query bomb.
 *
 * @param maxDepth       nesting of fields
 * @param maxComplexity  the estimated size of the answer, in values, each list counted as a large plan's
 *                       (see {@code graphql/QueryLimitsConfiguration}); the whole plan tree is about 72,000
 * @param maxQueryLength characters of query text
 * @param maxBodyBytes   bytes of the whole request body
 */
@ConfigurationProperties("plantrail.limits")
public record LimitsProperties(Integer maxDepth, Integer maxComplexity, Integer maxQueryLength, Integer maxBodyBytes) {

    public LimitsProperties {
        maxDepth = maxDepth == null ? 15 : maxDepth;
        maxComplexity = maxComplexity == null ? 200_000 : maxComplexity;
        maxQueryLength = maxQueryLength == null ? 20_000 : maxQueryLength;
        maxBodyBytes = maxBodyBytes == null ? 256 * 1024 : maxBodyBytes;
    }
}
