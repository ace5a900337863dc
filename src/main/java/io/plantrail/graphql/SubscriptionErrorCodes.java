package io.plantrail.graphql;

import graphql.GraphQLError;
import java.util.Map;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A subscription refused or ended by an error answers with the same codes as a query (NOT_FOUND,
 * FORBIDDEN …), in words about following changes: a subscription changes nothing, so it is not
 * told "nothing was changed".
 */
@Component
class SubscriptionErrorCodes extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable error) {
        ErrorCodes.Coded coded = ErrorCodes.coded(error, "a subscription");
        return ErrorCodes.error(switch (coded.code()) {
            case "FORBIDDEN" -> new ErrorCodes.Coded(coded.code(), "Your role does not allow following the plan's changes; "
                    + "auditors, officers and administrators may. Ask an administrator if you need it.", Map.of());
            case "UNAUTHENTICATED" -> new ErrorCodes.Coded(coded.code(), "Sign in first to follow the plan's changes.", Map.of());
            default -> coded;
        });
    }
}
