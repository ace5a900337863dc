package io.plantrail.access;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;

/** One way of signing in: the demo accounts locally, the council's identity provider in production. */
interface SignIn {

    /** The {@code WWW-Authenticate} header that tells a client how to sign in. */
    String challenge();

    void configure(HttpSecurity http, AuthenticationEntryPoint signInRequired) throws Exception;
}
