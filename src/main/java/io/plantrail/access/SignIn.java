package io.plantrail.access;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;

/** One way of signing in: the demo accounts locally, the council's identity provider in production. */
interface SignIn {

    /** The {@code WWW-Authenticate} header that tells a client how to sign in. */
    String challenge();

    void configure(HttpSecurity http, AuthenticationEntryPoint signInRequired) throws Exception;

    /**
     * The person signed in by what a request would send as its {@code Authorization} header
     * ({@code Basic …} or {@code Bearer …}), checked exactly as a request's is: the graphql-ws
     * {@code connection_init} payload carries it, since a browser's WebSocket cannot send headers.
     *
     * @throws org.springframework.security.core.AuthenticationException when it does not sign anyone in
     */
    Authentication signIn(String authorization);
}
