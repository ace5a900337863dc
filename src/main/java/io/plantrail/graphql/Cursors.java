package io.plantrail.graphql;

import io.plantrail.change.ChangeRejected;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors for histories: each names the plan version of an entry. */
final class Cursors {

    private Cursors() {
    }

    static String of(long planVersion) {
        return Base64.getUrlEncoder().encodeToString(("v" + planVersion).getBytes(StandardCharsets.UTF_8));
    }

    static long planVersion(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Long.parseLong(decoded.substring(1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw ChangeRejected.invalid("The cursor '" + cursor + "' is not one this API gave out.");
        }
    }
}
