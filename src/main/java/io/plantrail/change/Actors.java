package io.plantrail.change;

/** The person a change is recorded against: always the authenticated user, never a value from the request. */
public interface Actors {

    String current();
}
