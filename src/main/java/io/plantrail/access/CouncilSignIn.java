package io.plantrail.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
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
    private final ObjectProvider<JwtDecoder> tokens;

    CouncilSignIn(SignInProperties properties, ObjectProvider<JwtDecoder> tokens) {
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
        this.tokens = tokens;
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

    @Override
    public Authentication signIn(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new BadCredentialsException("Sign in with a token from the council's sign-in service (Bearer).");
        }
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(tokens.getObject());
        provider.setJwtAuthenticationConverter(tokenToPerson());
        return provider.authenticate(new BearerTokenAuthenticationToken(authorization.substring(7).strip()));
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
