package io.plantrail.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Every profile but {@code local} (so {@code prod}, and also a misspelt {@code production}): a
 * bearer token (JWT) from the council's identity provider, checked against the keys set in
 * {@code spring.security.oauth2.resourceserver.jwt.*} and by {@link CouncilTokenRules} (issuer,
 * audience, expiry, a person's name). The demo accounts do not exist here; without an issuer and an
 * audience the server does not start.
 */
@Component
@Profile("!local")
@ConditionalOnWebApplication
class CouncilSignIn implements SignIn {

    private final SignInProperties properties;

    CouncilSignIn(SignInProperties properties) {
        if (properties.demoAccounts()) {
            throw new IllegalStateException("plantrail.security.demo-accounts is refused outside the local profile: "
                    + "the demo passwords are public. Remove the setting.");
        }
        if (isBlank(properties.issuer()) || isBlank(properties.audience())) {
            throw new IllegalStateException("Set plantrail.security.issuer and plantrail.security.audience (PLANTRAIL_JWT_ISSUER, "
                    + "PLANTRAIL_JWT_AUDIENCE): every token is checked against the council's issuer and this service's "
                    + "audience, and nothing is accepted without them.");
        }
        this.properties = properties;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String challenge() {
        return "Bearer";
    }

    @Override
    public void configure(HttpSecurity http, AuthenticationEntryPoint signInRequired) {
        http.oauth2ResourceServer(server -> server
                .authenticationEntryPoint(signInRequired)
                .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenToPerson())));
    }

    private JwtAuthenticationConverter tokenToPerson() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(properties.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName(properties.nameClaim());
        return converter;
    }
}
