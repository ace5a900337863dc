package io.plantrail.access;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which other origins' browser apps may call the API (a frontend on http://localhost:5173, the
 * council's intranet). None unless configured. Each request still signs in with its own
 * Authorization header; no cookies are involved, so credentials are not "allowed" in the CORS sense.
 *
 * @param allowedOrigins exact origins, e.g. {@code https://plans.harrow.gov.uk}
 * @param allowedHeaders the request headers their browsers may send; by default those plantrail
 *                       reads and those browsers and GraphQL client libraries add (the console's
 *                       {@code X-Requested-With}, Apollo Client's {@code apollographql-client-*})
 */
@ConfigurationProperties("plantrail.cors")
record CrossOriginProperties(List<String> allowedOrigins, List<String> allowedHeaders) {

    static final List<String> DEFAULT_HEADERS = List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key",
            "If-None-Match", "X-Requested-With", "apollographql-client-name", "apollographql-client-version",
            "apollo-require-preflight", "graphql-client-name", "graphql-client-version");

    CrossOriginProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        allowedHeaders = allowedHeaders == null || allowedHeaders.stream().allMatch(String::isBlank) ? DEFAULT_HEADERS
                : allowedHeaders.stream().filter(header -> !header.isBlank()).toList();
    }

    CorsConfigurationSource source() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (allowedOrigins.isEmpty()) {
            return source;
        }
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(allowedOrigins);
        api.setAllowedMethods(List.of("GET", "POST"));
        api.setAllowedHeaders(allowedHeaders);
        api.setExposedHeaders(List.of("Retry-After", "WWW-Authenticate", "ETag"));
        api.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/graphql", api);
        source.registerCorsConfiguration("/plans/**", api);
        return source;
    }
}
