package io.plantrail.audit;

import io.plantrail.change.ChangeMetadata;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Copies who, why, when (and the client's idempotency key with what it was used for) from each command onto the events it causes. */
@Configuration(proxyBeanMethods = false)
class AuditTrailConfiguration {

    @Bean
    CorrelationDataProvider changeMetadataProvider() {
        return new SimpleCorrelationDataProvider(ChangeMetadata.ACTOR, ChangeMetadata.REASON, ChangeMetadata.TIME,
                ChangeMetadata.IDEMPOTENCY_KEY, ChangeMetadata.CHANGE_FINGERPRINT);
    }

    /** Declared here because Axon drops its default once any provider is declared. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
