package io.plantrail.plan;

import io.plantrail.change.PlanCommand;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every command names its plan; that id is the event stream it goes to. */
@Configuration(proxyBeanMethods = false)
class CommandRoutingConfiguration {

    static final String RESOLVER = "planCommandTargetResolver";

    @Bean(RESOLVER)
    CommandTargetResolver planCommandTargetResolver() {
        return CommandRoutingConfiguration::target;
    }

    static VersionedAggregateIdentifier target(org.axonframework.commandhandling.CommandMessage<?> command) {
        return new VersionedAggregateIdentifier(((PlanCommand) command.getPayload()).planId(), null);
    }
}
