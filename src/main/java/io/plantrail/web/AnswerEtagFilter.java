package io.plantrail.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Standard HTTP caching for questions asked by GET (a query, a plan document, a comparison): the answer carries
 * an ETag of its bytes, and a browser that sends it back while the answer is unchanged, as one
 * about an issued draft always is, gets 304 and no body. The browser may keep the answer but must
 * ask again each time ({@code private, no-cache}): the same question can have a new answer after
 * a change or an erasure, and the server computes it afresh to compare.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 30) // before GraphQlRequestFilter hands GraphQL a GET as the POST it takes
class AnswerEtagFilter extends ShallowEtagHeaderFilter {

    /** The plan's log is left out: it is streamed, and an ETag would hold all of it in memory to hash it. */
    private static final Pattern DOCUMENTS = Pattern.compile("/plans/[^/]+/(document|comparison)(\\.md)?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || !(path.equals("/graphql") || DOCUMENTS.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "private, no-cache");
        super.doFilterInternal(request, response, chain);
    }
}
