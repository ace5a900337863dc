package io.plantrail.graphql;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Marks a request that came over the WebSocket, the one transport that carries subscriptions. */
@Component
class SocketRequestsInterceptor implements WebGraphQlInterceptor {

    static final String OVER_SOCKET = SocketRequestsInterceptor.class.getName() + ".overSocket";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest) {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(OVER_SOCKET, true)).build());
        }
        return chain.next(request);
    }
}
