package io.plantrail.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Production: a bearer token (JWT) from the council's identity provider, checked against the
 * issuer or keys set in {@code spring.security.oauth2.resourceserver.jwt.*}. The demo accounts
 * do not exist here.
 */
@Component
@Profile("prod")
@ConditionalOnWebApplication
class CouncilSignIn implements SignIn {

    private final SignInProperties properties;

    CouncilSignIn(SignInProperties properties) {
        if (properties.demoAccounts()) {
            throw new IllegalStateException("plantrail.security.demo-accounts is refused in the production profile: "
                    + "the demo passwords are public. Remove the setting.");
        }
        this.properties = properties;
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
