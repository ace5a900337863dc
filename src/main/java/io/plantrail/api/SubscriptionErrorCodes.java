package io.plantrail.api;

import graphql.GraphQLError;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** A subscription refused or ended by an error answers with the same codes as a query (NOT_FOUND, FORBIDDEN …). */
@Component
class SubscriptionErrorCodes extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable error) {
        return ErrorCodes.error(ErrorCodes.coded(error, "a subscription"));
    }
}
