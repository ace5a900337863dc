package io.plantrail.change;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.context.annotation.Bean;

/** Axon's own command bus, as its Spring Boot starter builds it, with refusals that keep the plan in memory. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class CommandBusConfiguration {

    @Bean
    SimpleCommandBus commandBus(TransactionManager transactions, Configuration axon,
                                DuplicateCommandHandlerResolver duplicates) {
        SimpleCommandBus bus = SimpleCommandBus.builder()
                .transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .rollbackConfiguration(new RefusalsKeepThePlan())
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }
}
