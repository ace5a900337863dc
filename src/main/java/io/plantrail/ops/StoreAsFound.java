package io.plantrail.ops;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, on the configured store as it is found: the command
 * lines (rebuild, restore, export) work on what is there and import nothing into an empty store.
 */
final class StoreAsFound {

    private StoreAsFound() {
    }

    /** {@code arguments} are Spring properties such as {@code --plantrail.mongo.data-dir=…}. */
    static ConfigurableApplicationContext open(Class<?> application, String... arguments) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] settings = Arrays.copyOf(arguments, arguments.length + 1);
        // a command-line setting, so that it wins over application.yml
        settings[arguments.length] = "--plantrail.seed.load-on-empty-store=false";
        return app.run(settings);
    }
}
