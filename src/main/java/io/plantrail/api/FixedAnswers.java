package io.plantrail.api;

import io.plantrail.api.FixedAnswerCache.FixedAnswer;
import io.plantrail.history.PlanRecords;
import io.plantrail.privacy.PersonalData;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers that can never change, to questions pinned to a draft or a version ({@link PinnedQuery}),
 * are computed once and then served from memory. Asked by GET, they carry a strong ETag and may be
 * kept by the browser; If-None-Match with that ETag gets 304 and no body.
 *
 * <p>An answer about named plans as they stand now is kept the same way, under the versions the
 * read side shows for those plans when the question arrives: the next change moves a version on,
 * and with it the key. The read side writes a plan's version after the entities of that version,
 * so an answer is never kept under a version whose entities it lacks. Browsers may keep these
 * too but must ask again each time (no-cache), and get 304 while the plan has not changed.
 *
 * <p>The same question can still have two answers: one per role (what a role may read differs)
 * and one per erasure (an erased person's name is gone from every past answer), so both are part
 * of the key. Answers with errors are never kept: a version not yet reached is NOT_FOUND today
 * and a plan tomorrow.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class FixedAnswers extends OncePerRequestFilter {

    /** An hour, not a year: after an erasure, a browser may show a kept answer at most this long. */
    static final String CACHE_CONTROL = "private, max-age=3600, immutable";
    static final String CACHE_CONTROL_NOW = "private, no-cache";
    private static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FixedAnswerCache cache = new FixedAnswerCache(MAX_CACHED_BYTES);
    private final PersonalData personalData;
    private final PlanRecords plans;
    private final ParsedQueries parsed;

    FixedAnswers(PersonalData personalData, PlanRecords plans, ParsedQueries parsed) {
        this.personalData = personalData;
        this.plans = plans;
        this.parsed = parsed;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals("/graphql") || request.getAttribute(GraphQlRequestGuard.ENVELOPE) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        JsonNode envelope = (JsonNode) request.getAttribute(GraphQlRequestGuard.ENVELOPE);
        String query = envelope.path("query").asString();
        String operationName = text(envelope.get("operationName"));
        Set<String> plansDependedOn = PinnedQuery.plansAnswerDependsOn(parsed.operation(query, operationName), variables(envelope)).orElse(null);
        String versions = plansDependedOn == null ? null : versionsNow(plansDependedOn);
        if (versions == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(envelope, request.getHeader("Accept")) + versions;
        FixedAnswer answer = cache.get(key);
        if (answer == null) {
            answer = answerOnce(request, response, chain);
            if (answer == null) {
                return;
            }
            cache.put(key, answer);
        }
        serve(answer, request, response, plansDependedOn.isEmpty() ? CACHE_CONTROL : CACHE_CONTROL_NOW);
    }

    /** "planId@version" of each plan as the read side shows it now; null if one is not there (the answer is an error). */
    private String versionsNow(Set<String> planIds) {
        StringBuilder versions = new StringBuilder();
        for (String planId : planIds) {
            long version = plans.version(planId);
            if (version == 0) {
                return null;
            }
            versions.append('\n').append(planId).append('@').append(version);
        }
        return versions.toString();
    }

    /** Runs the query; the answer if it is whole, else null (and the answer has been sent as it is). */
    private static FixedAnswer answerOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answered);
        byte[] body = answered.getContentAsByteArray();
        if (answered.getStatus() != HttpServletResponse.SC_OK || JSON.readTree(body).has("errors")) {
            answered.copyBodyToResponse();
            return null;
        }
        return new FixedAnswer(body, answered.getContentType(), etag(body));
    }

    private static void serve(FixedAnswer answer, HttpServletRequest request, HttpServletResponse response, String cacheControl)
            throws IOException {
        if (request.getAttribute(BufferedRequest.ASKED_BY_GET) != null) {
            response.setHeader("ETag", answer.etag());
            response.setHeader("Cache-Control", cacheControl);
            response.setHeader("Vary", "Authorization");
            if (alreadyHeld(answer.etag(), request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** If-None-Match may list several ETags, or *; a weak one (W/"…") matches its strong twin for a GET. */
    private static boolean alreadyHeld(String etag, String ifNoneMatch) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim).map(held -> held.startsWith("W/") ? held.substring(2) : held)
                .anyMatch(held -> held.equals(etag) || held.equals("*"));
    }

    /** The Accept header too: the same answer is application/json to one client, application/graphql-response+json to another. */
    private String key(JsonNode envelope, String accept) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String roles = who == null ? "" : who.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
                .collect(Collectors.joining(","));
        return sha256((roles + "\n" + personalData.erasureMark() + "\n" + accept + "\n" + envelope.path("query").asString() + "\n"
                + envelope.path("operationName") + "\n" + envelope.path("variables")).getBytes(StandardCharsets.UTF_8));
    }

    private static String etag(byte[] body) {
        return "\"" + sha256(body) + "\"";
    }

    private static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(JsonNode envelope) {
        JsonNode variables = envelope.get("variables");
        return variables == null || !variables.isObject() ? Map.of() : JSON.treeToValue(variables, Map.class);
    }
}
