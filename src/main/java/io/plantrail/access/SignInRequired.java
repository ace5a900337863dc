package io.plantrail.access;

import io.plantrail.web.ErrorBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** No one signed in, or the credentials were wrong: 401 with a GraphQL error a client can read, and the challenge unless a script asked. */
class SignInRequired implements AuthenticationEntryPoint {

    private final String challenge;

    SignInRequired(String challenge) {
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            // a script that signs in with its own form asks for no challenge: with one, the browser
            // would put its own password prompt over the console's
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        ErrorBody.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED",
                "Sign in first: every request needs a signed-in person, and the name or password given "
                        + "(or the token) was missing or not accepted.");
    }
}
