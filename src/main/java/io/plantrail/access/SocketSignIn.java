package io.plantrail.access;

import java.security.Principal;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Signs a graphql-ws socket in from its {@code connection_init} payload
 * ({@code {"Authorization": "Basic …" | "Bearer …"}}, the graphql-ws client's
 * {@code connectionParams}), checked as a request's header is, since a browser's WebSocket cannot
 * send headers; a socket signed in by its handshake's header needs no payload. Refused, the socket
 * closes with graphql-ws's 4401 and nothing was sent on it: the protocol answers nothing but the
 * acknowledgement before sign-in. Each operation on the socket then runs as the person signed in.
 */
@Component
@ConditionalOnWebApplication
class SocketSignIn implements WebSocketGraphQlInterceptor {

    private static final String SIGNED_IN = SocketSignIn.class.getName() + ".signedIn";

    private final SignIn signIn;

    SocketSignIn(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        Object authorization = payload.containsKey("Authorization") ? payload.get("Authorization") : payload.get("authorization");
        if (authorization != null) {
            return Mono.fromCallable(() -> {
                if (!(authorization instanceof String header)) {
                    throw new BadCredentialsException("The Authorization in connection_init is not a text.");
                }
                session.getAttributes().put(SIGNED_IN, signIn.signIn(header));
                return Map.<String, Object>of();
            }).then(Mono.empty());
        }
        return session.getPrincipal().filter(SocketSignIn::signedIn).map(principal -> (Object) Map.of())
                .switchIfEmpty(Mono.error(new BadCredentialsException(
                        "Sign in first: send {\"Authorization\": …} in connection_init, as a request sends the header.")))
                .then(Mono.empty());
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest socket
                && socket.getSessionInfo().getAttributes().get(SIGNED_IN) instanceof Authentication person) {
            SecurityContext signedIn = new SecurityContextImpl(person);
            return chain.next(request).contextWrite(Context.of(SecurityContext.class.getName(), signedIn));
        }
        return chain.next(request);
    }

    private static boolean signedIn(Principal principal) {
        return principal instanceof Authentication authentication && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
