package io.plantrail.change;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name and revision an event is stored under: its contract with every log ever written,
 * independent of the Java class that reads it today. Rename or move the class freely; the name
 * stays. Change the stored shape, and the revision goes up with an upcaster for the old one.
 * Events stored before names were given carry the class's full name; they are read by it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StoredEvent {

    /** The stored type name, e.g. {@code OutcomeRevised}. */
    String value();

    int revision() default 1;
}
