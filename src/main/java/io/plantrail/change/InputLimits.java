package io.plantrail.change;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Hard limits on everything a change carries, whatever the command: every text, every list,
 * every figure, checked before the plan sees it. The plan's own rules add tighter ones (a
 * title, a score from 1 to 4).
 */
public final class InputLimits {

    private static final int MAX_DEPTH = 6;

    private InputLimits() {
    }

    public static void check(Object command) {
        check(command, "the change", 0);
    }

    private static void check(Object value, String field, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            Rules.limitLength(text, "The field '" + field + "'", Rules.MAX_TEXT_LENGTH);
            Rules.requireWellFormed(text, "The field '" + field + "'");
        } else if (value instanceof Collection<?> items) {
            Rules.limitSize(items.stream().toList(), "The field '" + field + "'");
            items.forEach(item -> check(item, field, depth + 1));
        } else if (value instanceof BigDecimal figure && (figure.scale() > 10 || (long) figure.precision() - figure.scale() > 20)) {
            throw ChangeRejected.invalid("The figure in '" + field + "' is out of range: at most 20 digits before "
                    + "the point and 10 after.");
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                check(read(component, record), component.getName(), depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
