package io.plantrail.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a name and password with the slow hash once, then, for a few minutes, recognises the
 * same pair by a keyed digest instead: a client sends its credentials with every request, and
 * the deliberately slow hash must not be the floor of every answer. Only successes are kept, so
 * guessing still pays the slow hash each time; the key lives in this process only.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private static final Duration KEPT_FOR = Duration.ofMinutes(5);
    private static final int MAX_KEPT = 1_000;

    private final AuthenticationProvider slowCheck;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > MAX_KEPT;
        }
    };

    private record Verified(Authentication authentication, Instant until) {
    }

    VerifiedCredentials(AuthenticationProvider slowCheck, Clock clock) {
        this.slowCheck = slowCheck;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        if (!(attempt.getCredentials() instanceof String password)) {
            return slowCheck.authenticate(attempt);
        }
        String digest = digest(attempt.getName(), password);
        Verified known = recall(digest);
        if (known != null) {
            return known.authentication();
        }
        Authentication authenticated = slowCheck.authenticate(attempt);
        if (authenticated != null && authenticated.isAuthenticated()) {
            remember(digest, new Verified(authenticated, clock.instant().plus(KEPT_FOR)));
        }
        return authenticated;
    }

    private synchronized Verified recall(String digest) {
        Verified known = verified.get(digest);
        if (known != null && known.until().isBefore(clock.instant())) {
            verified.remove(digest);
            return null;
        }
        return known;
    }

    private synchronized void remember(String digest, Verified result) {
        verified.put(digest, result);
    }

    private String digest(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
