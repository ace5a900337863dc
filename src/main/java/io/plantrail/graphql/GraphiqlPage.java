package io.plantrail.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL, with its scripts served from the application's own jar (webjars) rather than a CDN:
 * it works on a council network that blocks CDNs, and with no internet at all.
 */
@Controller
@ConditionalOnProperty(name = "plantrail.graphiql.enabled", havingValue = "true", matchIfMissing = true)
class GraphiqlPage {

    private final String page;

    GraphiqlPage() throws IOException {
        this.page = new ClassPathResource("graphiql/index.html").getContentAsString(StandardCharsets.UTF_8);
    }

    @GetMapping("/graphiql")
    ResponseEntity<String> graphiql() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
    }
}
