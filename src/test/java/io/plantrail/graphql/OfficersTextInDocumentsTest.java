package io.plantrail.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;

/** Whatever an officer types comes out of the Markdown documents as text, never as markup. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plantrail.mongo.embedded=memory", "plantrail.seed.load-on-empty-store=false"})
class OfficersTextInDocumentsTest extends ApiTestSupport {

    @Test
    void markdownInAnOfficersTextIsPrintedAsTyped() {
        String title = "*Not* bold, ~~not struck~~, [not a link](http://x), <b>no HTML</b> & #not a heading";
        String outcome = addOutcome(title, "UL");
        reviseTitle(outcome, "1. Not a list | nor a new cell", "An officer's text with Markdown in it");
        issueDraftOne();

        String document = RestClient.create("http://localhost:" + port).get().uri("/plans/" + planId + "/document.md?draft=1")
                .headers(h -> h.setBasicAuth("scrutiny", "scrutiny")).retrieve().body(String.class);
        assertThat(document).contains("1\\. Not a list \\| nor a new cell").doesNotContain("list | nor");

        String comparison = RestClient.create("http://localhost:" + port).get()
                .uri("/plans/" + planId + "/comparison.md?from=version:4&to=draft:1")
                .headers(h -> h.setBasicAuth("scrutiny", "scrutiny")).retrieve().body(String.class);
        assertThat(comparison).contains("\\*Not\\*", "\\~\\~not struck\\~\\~", "\\[not", "link\\](http://x)", "\\<b\\>no", "HTML\\</b\\>", "\\&")
                .doesNotContain("<b>");
    }
}
