package io.plantrail.graphql;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.plantrail.web.LimitsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Refuses queries nested too deep ({@link MaxQueryDepthInstrumentation}) or whose answer would be too big ({@link AnswerSizeInstrumentation}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimitsConfiguration {

    @Bean
    Instrumentation maxQueryDepth(LimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    Instrumentation answerSize(LimitsProperties limits) {
        return new AnswerSizeInstrumentation(limits.maxComplexity());
    }
}
