package io.plantrail.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Local runs only (the {@code local} profile, the default when no profile is named): one account per role, named after it, password = the name, by HTTP Basic.
 * The passwords are public, so the hash is cheap; it only keeps them out of memory dumps in clear.
 */
@Component
@Profile("local")
@ConditionalOnWebApplication
class DemoAccounts implements SignIn {

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

    private final SignInProperties properties;
    /** The one check of a name and password, for requests and for graphql-ws sockets alike. */
    private final AuthenticationProvider passwords;

    DemoAccounts(SignInProperties properties, org.springframework.core.env.Environment environment) {
        if (environment.getActiveProfiles().length > 1) {
            throw new IllegalStateException("The local profile (the demo accounts, whose passwords are public) cannot be "
                    + "combined with other profiles (" + String.join(",", environment.getActiveProfiles()) + "): "
                    + "run production with its own profile only, e.g. SPRING_PROFILES_ACTIVE=prod.");
        }
        this.properties = properties;
        this.passwords = passwords();
    }

    @Override
    public String challenge() {
        return "Basic realm=\"plantrail\"";
    }

    @Override
    public void configure(HttpSecurity http, AuthenticationEntryPoint signInRequired) {
        http.authenticationProvider(passwords)
                .httpBasic(basic -> basic.realmName("plantrail").authenticationEntryPoint(signInRequired));
    }

    private AuthenticationProvider passwords() {
        InMemoryUserDetailsManager accounts = accounts();
        // Only the lookup is handed over: a manager that can also update passwords makes Spring
        // re-hash each demo password at full strength after its first use, a slow hash on every request.
        UserDetailsService lookupOnly = accounts::loadUserByUsername;
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(lookupOnly);
        check.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return check;
    }

    @Override
    public Authentication signIn(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new BadCredentialsException("Sign in with a name and password (Basic).");
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("The credentials are not readable.");
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            throw new BadCredentialsException("The credentials are not readable.");
        }
        return passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(pair.substring(0, colon),
                pair.substring(colon + 1)));
    }

    private InMemoryUserDetailsManager accounts() {
        if (!properties.demoAccounts()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(Arrays.stream(Role.values()).map(DemoAccounts::account).toList()
                .toArray(UserDetails[]::new));
    }

    private static UserDetails account(Role role) {
        String name = role.name().toLowerCase();
        return User.withUsername(name).password("{bcrypt}" + ENCODER.encode(name)).roles(role.name()).build();
    }
}
