package io.plantrail.graphql;

import graphql.schema.DataFetcher;
import io.plantrail.readmodel.part.PlanPart;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * {@code versionId}, id@plan version answered, on the plan and every entity under it. An entity's
 * {@code id} is the same at every point, so a normalized client cache keyed by it would merge the
 * plan as at Draft 1 into the plan now; keyed by versionId, the two stay apart.
 */
@Configuration(proxyBeanMethods = false)
class VersionIdConfiguration {

    private static final List<String> ENTITY_TYPES = List.of("Section", "Theme", "Priority", "Outcome", "Target",
            "LpsaTarget", "BudgetTable", "BudgetLine", "PriorityArea", "Task", "ProgressEntry", "Measure", "Reading", "BudgetSpend");

    @Bean
    RuntimeWiringConfigurer versionIdWiring() {
        DataFetcher<String> ofPart = env -> versionId(env.<PlanPart>getSource().id(), env.<PlanPart>getSource().asAt());
        DataFetcher<String> ofPlan = env -> versionId(env.<PlanView>getSource().id(), env.<PlanView>getSource().version());
        return wiring -> {
            wiring.type("Plan", type -> type.dataFetcher("versionId", ofPlan));
            ENTITY_TYPES.forEach(name -> wiring.type(name, type -> type.dataFetcher("versionId", ofPart)));
        };
    }

    private static String versionId(String id, long planVersion) {
        return id + "@" + planVersion;
    }
}
