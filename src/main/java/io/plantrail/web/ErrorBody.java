package io.plantrail.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request refused before GraphQL runs (not signed in, too large, not JSON) still answers in
 * GraphQL's shape, {@code {"errors":[{"message", "extensions":{"code"}}]}}, so clients handle one shape.
 */
public final class ErrorBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorBody() {
    }

    public static void write(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("errors",
                List.of(Map.of("message", message, "extensions", Map.of("code", code))))));
    }
}
