package io.plantrail.plan;

/** A named officer to contact about an outcome; the phone may be absent in the source. */
public record Contact(String name, String phone) {
}
