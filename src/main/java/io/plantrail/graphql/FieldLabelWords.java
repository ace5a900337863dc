package io.plantrail.graphql;

import io.plantrail.document.FieldLabels;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A field's name as the plan document words it, beside the stored name, in histories and diffs. */
@Controller
class FieldLabelWords {

    @SchemaMapping(typeName = "FieldDiff", field = "label")
    String diffLabel(DiffQueries.FieldDiff field) {
        return FieldLabels.of(field.field());
    }

    @SchemaMapping(typeName = "FieldChange", field = "label")
    String changeLabel(HistoryQueries.FieldChange field) {
        return FieldLabels.of(field.field());
    }
}
