package io.plantrail.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * What a council token must say before its bearer may touch the plan: that the council's
 * provider issued it for this service, when it expires, and who the person is, by a name that is
 * not one of the system's own actors ({@code system:…}). Spring Security checks the signature and
 * that the token has not expired.
 */
@Component
@Profile("!local")
class CouncilTokenRules implements OAuth2TokenValidator<Jwt> {

    static final String SYSTEM_ACTORS = "system:";

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
        if (token.getExpiresAt() == null) {
            problems.add(invalid("The token has no expiry"));
        }
        String name = token.getClaimAsString(properties.nameClaim());
        if (name == null || name.isBlank()) {
            problems.add(invalid("The token does not name the person (claim " + properties.nameClaim() + ")"));
        } else if (name.strip().toLowerCase().startsWith(SYSTEM_ACTORS)) {
            problems.add(invalid("The token names a system actor"));
        }
        return problems.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(problems);
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error("invalid_token", description, null);
    }
}
