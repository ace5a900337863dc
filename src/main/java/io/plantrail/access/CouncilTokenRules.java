package io.plantrail.access;

import io.plantrail.change.TextRule;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * What a council token must say before its bearer may touch the plan: that the council's
 * provider issued it for this service, that it expires within the longest lifetime allowed, and
 * who the person is. The name becomes the actor of every change they make, so it obeys the same
 * {@link TextRule} as any text stored, is short, and can never pass for one of the system's own
 * actors ({@code system:import}): those are the only actors with a colon, so a name with a colon
 * or anything that looks like one, in any script, is refused. Spring Security checks the
 * signature and that the token has not expired.
 */
@Component
@Profile("!local")
class CouncilTokenRules implements OAuth2TokenValidator<Jwt> {

    static final int MAX_NAME_LENGTH = 200;
    /** Characters that read as a colon: fullwidth, modifier letters, ratio, Armenian, Hebrew, runic … */
    private static final String COLON_LOOKALIKES = ":\uFF1A\uA789\u2236\u02D0\u02F8\u05C3\u16EC\u0589\u0703\u0704"
            + "\u1803\u1809\u205A\uFE13\uFE55\uFE30\u1361\uA4FD";

    private final SignInProperties properties;

    CouncilTokenRules(SignInProperties properties) {
        this.properties = properties;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<OAuth2Error> problems = new ArrayList<>();
        if (token.getIssuer() == null || !token.getIssuer().toString().equals(properties.issuer())) {
            problems.add(invalid("The token is from another issuer"));
        }
        if (token.getAudience() == null || !token.getAudience().contains(properties.audience())) {
            problems.add(invalid("The token is for another audience"));
        }
        lifetimeProblem(token.getIssuedAt(), token.getExpiresAt()).ifPresent(problem -> problems.add(invalid(problem)));
        String problem = nameProblem(token.getClaims().get(properties.nameClaim()));
        if (problem != null) {
            problems.add(invalid(problem + " (claim " + properties.nameClaim() + ")"));
        }
        return problems.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(problems);
    }

    private java.util.Optional<String> lifetimeProblem(Instant issuedAt, Instant expiresAt) {
        Duration longest = properties.maxTokenLifetime();
        if (expiresAt == null) {
            return java.util.Optional.of("The token has no expiry");
        }
        Instant from = issuedAt == null ? Instant.now() : issuedAt;
        if (Duration.between(from, expiresAt).compareTo(longest) > 0 || Duration.between(Instant.now(), expiresAt).compareTo(longest) > 0) {
            return java.util.Optional.of("The token lives longer than the " + longest.toMinutes() + " minutes allowed");
        }
        return java.util.Optional.empty();
    }

    /** What is wrong with the name a token gives, or null. */
    static String nameProblem(Object claim) {
        if (!(claim instanceof String name) || name.isBlank()) {
            return "The token does not name the person by a text";
        }
        String problem = TextRule.problem(name, MAX_NAME_LENGTH);
        if (problem != null) {
            return "The person's name " + problem;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (folded.startsWith("system") || name.chars().anyMatch(c -> COLON_LOOKALIKES.indexOf(c) >= 0)
                || folded.chars().anyMatch(c -> COLON_LOOKALIKES.indexOf(c) >= 0)) {
            return "The token's name could pass for a system actor";
        }
        return null;
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error("invalid_token", description, null);
    }
}
