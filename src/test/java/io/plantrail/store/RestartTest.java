package io.plantrail.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.plantrail.PlantrailApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/** Stop and start on the same data directory: everything is still there, nothing imported twice. */
@Tag("process") // a stop and a second start on the same files: run by verify
class RestartTest {

    private static final String VERSION_QUERY = "{\"query\":\"{ plan(id: \\\"small-plan\\\") { version "
            + "themes { priorities { outcomes { id title } } } } }\"}";

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlantrailApplication.class).run(
                "--server.port=0",
                "--plantrail.mongo.embedded=file",
                "--plantrail.mongo.data-dir=" + dataDir,
                "--plantrail.seed.document=classpath:seed/small-plan.json");
    }

    private static String planOverHttp(ConfigurableApplicationContext app) {
        String port = app.getEnvironment().getProperty("local.server.port");
        return RestClient.create("http://localhost:" + port).post().uri("/graphql")
                .header("Content-Type", "application/json").headers(h -> h.setBasicAuth("auditor", "auditor"))
                .body(VERSION_QUERY)
                .retrieve().body(String.class);
    }

    private static long storedEvents(ConfigurableApplicationContext app) {
        return app.getBean(MongoDatabase.class).getCollection("domainevents").countDocuments();
    }

    @Test
    void theSeededPlanSurvivesARestartAndIsNotImportedTwice() {
        String before;
        long eventsBefore;
        try (ConfigurableApplicationContext first = start()) {
            before = planOverHttp(first);
            eventsBefore = storedEvents(first);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(planOverHttp(second)).isEqualTo(before);
            assertThat(storedEvents(second)).isEqualTo(eventsBefore);
        }
        assertThat(before).contains("\"version\":16").contains("Improvements to road safety.");
        assertThat(dataDir.resolve("plantrail.mv.db")).exists();
    }
}
