package io.plantrail.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server renders its own errors, not an address: asked for directly,
 * it would answer 500 for an error that never happened. A direct request gets 404, NOT_FOUND.
 * (Error dispatches do not pass through this filter.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPathFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals("/error") && !request.getRequestURI().startsWith("/error/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorBody.write(response, HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND",
                "There is nothing at this address. The API is at /graphql; the documents at /plans/{id}/document.");
    }
}
