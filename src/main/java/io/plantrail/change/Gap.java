package io.plantrail.change;

/**
 * A flagged hole in the plan: a field the source left blank or marked as still to come.
 *
 * @param field   the field of the entity it is in ({@code achievements}, {@code amounts.2004-05})
 * @param wording the source's own words for it ("to be completed"), or null for a plain blank
 */
public record Gap(String field, GapKind kind, String wording, String note) {

    /** The field the gap belongs to, without a column suffix: {@code amounts.2004-05} → {@code amounts}. */
    public String fieldRoot() {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }
}
