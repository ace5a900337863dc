package io.plantrail;

/**
 * Test classes run two at a time (Surefire's JUnit settings in the pom). Classes that ask for the
 * same Spring context get one cached instance, with one store: side by side, one would see the
 * other's changes, or find the context closed under it. Each such group holds one lock
 * ({@code @ResourceLock}), so its classes take turns while other classes run beside them.
 */
public final class SharedContexts {

    /** A web server on an empty embedded store (no seed). */
    public static final String EMPTY_STORE_WEB = "context: empty store, web";
    /** A web server on the Harrow import. */
    public static final String HARROW_WEB = "context: Harrow, web";
    /** An empty embedded store, no web server. */
    public static final String EMPTY_STORE = "context: empty store";
    /** A web server on the small plan. */
    public static final String SMALL_PLAN_WEB = "context: small plan, web";

    private SharedContexts() {
    }
}
