package io.plantrail.access;

import io.plantrail.change.Actors;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Changes are recorded against the signed-in person, as their identity provider names them. */
@Component
class PrincipalActors implements Actors {

    @Override
    public String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            throw new AuthenticationCredentialsNotFoundException("Sign in to change the plan.");
        }
        return authentication.getName();
    }
}
