package io.plantrail.api;

import io.plantrail.document.FieldLabels;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A field's name as the plan document words it, beside the stored name, in histories and diffs. */
@Controller
class FieldLabelWords {

    @SchemaMapping(typeName = "FieldDiff", field = "label")
    String diffLabel(Map<String, Object> field) {
        return FieldLabels.of((String) field.get("field"));
    }

    @SchemaMapping(typeName = "FieldChange", field = "label")
    String changeLabel(Map<String, Object> field) {
        return FieldLabels.of((String) field.get("field"));
    }
}
