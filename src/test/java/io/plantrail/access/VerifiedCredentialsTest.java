package io.plantrail.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.junit.jupiter.api.Test;

/** The slow password check runs once per name and password, not once per request; a wrong password is never let in. */
class VerifiedCredentialsTest {

    private final AtomicInteger slowChecks = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

    private final AuthenticationProvider slowCheck = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            slowChecks.incrementAndGet();
            if (!"officer".equals(attempt.getName()) || !"officer".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private final VerifiedCredentials credentials = new VerifiedCredentials(slowCheck, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    private static Authentication attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    @Test
    void theSamePasswordIsCheckedSlowlyOnceThenRecognised() {
        for (int i = 0; i < 5; i++) {
            assertThat(credentials.authenticate(attempt("officer", "officer")).isAuthenticated()).isTrue();
        }
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeAndNeverKept() {
        credentials.authenticate(attempt("officer", "officer"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> credentials.authenticate(attempt("officer", "officer "))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> credentials.authenticate(attempt("auditor", "officer"))).isInstanceOf(BadCredentialsException.class)
                .satisfies(refused -> assertThat(slowChecks).hasValue(5));
    }

    @Test
    void afterFiveMinutesThePasswordIsCheckedSlowlyAgain() {
        credentials.authenticate(attempt("officer", "officer"));
        now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        credentials.authenticate(attempt("officer", "officer"));
        assertThat(slowChecks).hasValue(2);
    }
}
