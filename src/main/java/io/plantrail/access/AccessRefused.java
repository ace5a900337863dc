package io.plantrail.access;

import io.plantrail.web.ErrorBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Signed in, but the role does not allow the request: 403 with a GraphQL error. */
class AccessRefused implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        ErrorBody.write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
                "Your role does not allow this. Ask an administrator if you need it.");
    }
}
