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
 */
@ConfigurationProperties("plantrail.cors")
record CrossOrigin(List<String> allowedOrigins) {

    CrossOrigin {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    CorsConfigurationSource source() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (allowedOrigins.isEmpty()) {
            return source;
        }
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(allowedOrigins);
        api.setAllowedMethods(List.of("GET", "POST"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key", "If-None-Match"));
        api.setExposedHeaders(List.of("Retry-After", "WWW-Authenticate", "ETag"));
        api.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/graphql", api);
        source.registerCorsConfiguration("/plans/**", api);
        return source;
    }
}
