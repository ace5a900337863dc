package io.plantrail.web;

import io.plantrail.ops.Readiness;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the server is ready, the plan's endpoints answer HTTP 503 with code NOT_READY and a
 * Retry-After, before sign-in is even looked at: a client retries instead of reading a partial plan.
 */
@Configuration(proxyBeanMethods = false)
class NotReadyFilterConfiguration {

    static final int RETRY_AFTER_SECONDS = 2;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> notReadyGate(Readiness readiness) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new NotReadyFilter(readiness));
        registration.addUrlPatterns("/graphql", "/graphql/*", "/plans/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class NotReadyFilter extends OncePerRequestFilter {

        private final Readiness readiness;

        NotReadyFilter(Readiness readiness) {
            this.readiness = readiness;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (readiness.ready()) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            ErrorBody.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "NOT_READY",
                    "plantrail is starting: the plan is still being loaded. Try again in a few seconds.");
        }
    }
}
