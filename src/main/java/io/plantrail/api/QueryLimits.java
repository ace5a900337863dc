package io.plantrail.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Refuses queries nested too deep or asking for too much before any of it runs (code VALIDATION). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimits {

    @Bean
    Instrumentation maxQueryDepth(LimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    /**
     * Fields weighed by what they cost, not counted: a diff or an integrity check reads a plan's
     * whole history, so a few of them fill the budget that a thousand plain fields would.
     */
    @Bean
    Instrumentation maxQueryComplexity(LimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(),
                (environment, children) -> weight(environment.getField().getName()) + children);
    }

    private static int weight(String field) {
        return switch (field) {
            case "planDiff", "verifyIntegrity", "verifyReadSide" -> 100;
            case "history", "planHistory", "completeness" -> 20;
            default -> 1;
        };
    }
}
