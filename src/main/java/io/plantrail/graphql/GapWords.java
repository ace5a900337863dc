package io.plantrail.graphql;

import io.plantrail.change.Gap;
import io.plantrail.change.GapKind;
import io.plantrail.document.FieldLabels;
import io.plantrail.readmodel.Completeness.OpenGap;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A gap's kind and field in plain words, for readers who never learnt the code words. */
@Controller
class GapWords {

    @SchemaMapping(typeName = "Gap", field = "inPlainWords")
    String gap(Gap gap) {
        return gap.kind().inPlainWords();
    }

    @SchemaMapping(typeName = "OpenGap", field = "inPlainWords")
    String openGap(OpenGap gap) {
        return GapKind.inPlainWords(gap.kind());
    }

    @SchemaMapping(typeName = "Gap", field = "fieldLabel")
    String gapField(Gap gap) {
        return FieldLabels.of(gap.field());
    }

    @SchemaMapping(typeName = "OpenGap", field = "fieldLabel")
    String openGapField(OpenGap gap) {
        return FieldLabels.of(gap.field());
    }
}
