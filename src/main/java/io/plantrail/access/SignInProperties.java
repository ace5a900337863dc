package io.plantrail.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in.
 *
 * @param demoAccounts the local demo accounts (auditor, scrutiny, officer, admin; password = name);
 *                     refused in the production profile
 * @param nameClaim    the token claim that names the person; it becomes the actor of their changes
 * @param rolesClaim   the token claim listing the person's roles (AUDITOR, SCRUTINY, OFFICER, ADMIN)
 * @param issuer       the identity provider's issuer ({@code iss}) that every token must name
 * @param audience     this service's name, which every token's audience ({@code aud}) must include
 * @param maxTokenLifetime the longest a token may live from its issue (or from now) to its expiry; a
 *                     stolen token with an expiry in 9999 would otherwise never stop working
 */
@ConfigurationProperties("plantrail.security")
record SignInProperties(boolean demoAccounts, String nameClaim, String rolesClaim, String issuer, String audience,
                        java.time.Duration maxTokenLifetime) {

    SignInProperties {
        nameClaim = nameClaim == null || nameClaim.isBlank() ? "preferred_username" : nameClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        maxTokenLifetime = maxTokenLifetime == null ? java.time.Duration.ofHours(12) : maxTokenLifetime;
    }
}
