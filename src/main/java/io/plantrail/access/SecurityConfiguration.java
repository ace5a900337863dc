package io.plantrail.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request but the GraphiQL page, the console's files and the health probes needs a signed-in person; health
 * details and metrics are for auditors and administrators; what each role may do is on the
 * controllers ({@link OfficersOnly}, {@link AdminsOnly}, {@link AuditorsOnly}, {@link HistoryReaders}).
 * No sessions or cookies: each request carries its credentials, so there is nothing to forge
 * cross-site (and the API accepts JSON only, which a plain cross-site form cannot send).
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({SignInProperties.class, CrossOriginProperties.class})
@ConditionalOnWebApplication // the command-line import signs no one in
class SecurityConfiguration {

    @Bean
    SecurityFilterChain signedInOnly(HttpSecurity http, SignIn signIn, CrossOriginProperties crossOrigin) throws Exception {
        AuthenticationEntryPoint signInRequired = new SignInRequired(signIn.challenge());
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(crossOrigin.source()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/graphiql", "/graphiql/**", "/webjars/**", "/error").permitAll()
                        // a browser's WebSocket cannot send a header: the socket signs in from its
                        // connection_init payload (SocketSignIn) before anything is answered on it
                        .requestMatchers("/graphql-ws").permitAll()
                        // the console's page and scripts hold no plan data: it signs in and asks the API
                        .requestMatchers("/", "/index.html", "/console/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(signInRequired)
                        .accessDeniedHandler(new AccessRefused()));
        signIn.configure(http, signInRequired);
        return http.build();
    }
}
