package io.plantrail.change;

/**
 * The one rule every text obeys before it can reach an event, its metadata or the log: a GraphQL
 * argument, a contact, an idempotency key, a name from a sign-in token. Text is stored as sent
 * (not normalised), so what is hashed is exactly what is stored and read back; a lone half of a
 * surrogate pair would be stored as U+FFFD and break its own link in the chain, so it never gets
 * that far.
 */
public final class TextRule {

    public static final int MAX_LENGTH = 20_000;

    private TextRule() {
    }

    /** Refuses, with VALIDATION, a text that breaks the rule; {@code label} names it for the officer. */
    public static void check(String value, String label) {
        String problem = problem(value, MAX_LENGTH);
        if (problem != null) {
            throw ChangeRejected.invalid(label + " " + problem);
        }
    }

    /** What is wrong with the text, in words that follow its label, or null if nothing is. */
    public static String problem(String value, int maxLength) {
        if (value.length() > maxLength) {
            return "is " + value.length() + " characters long; the limit is " + maxLength + ".";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "holds a broken character at position " + (i + 1)
                        + " (half of a surrogate pair); send well-formed Unicode text.";
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                return "holds an invisible control character (U+%04X) at position %d; remove it.".formatted((int) c, i + 1);
            } else if (isDirectionOverride(c)) {
                return ("holds a hidden direction control (U+%04X) at position %d, which can make text read differently "
                        + "from how it is stored; remove it.").formatted((int) c, i + 1);
            } else if (isNonCharacter(c)) {
                return "holds a character that is not text (U+%04X) at position %d; remove it.".formatted((int) c, i + 1);
            }
        }
        // spaces alone are left to each field's own rule, which can say what is missing ("Every change needs a reason")
        if (!value.isBlank() && !hasVisibleText(value)) {
            return "holds only invisible characters (such as zero-width spaces); type the text itself.";
        }
        return null;
    }

    /** Something a person can read once spaces, zero-width and control characters are taken out. */
    public static boolean hasVisibleText(String value) {
        return value.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT);
    }

    /** Embeddings, overrides and isolates (the "Trojan source" controls); marks such as U+200F stay allowed. */
    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isNonCharacter(char c) {
        return c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF');
    }
}
