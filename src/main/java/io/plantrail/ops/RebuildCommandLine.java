package io.plantrail.ops;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code java -jar plantrail.jar rebuild}: the read side of the configured store projected again from the log. */
public final class RebuildCommandLine {

    private RebuildCommandLine() {
    }

    /** {@code arguments} are Spring properties such as {@code --plantrail.mongo.data-dir=…}. */
    public static int run(Class<?> application, String... arguments) throws InterruptedException {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] settings = Arrays.copyOf(arguments, arguments.length + 1);
        settings[arguments.length] = "--plantrail.seed.load-on-empty-store=false"; // rebuild what is there, add nothing
        try (ConfigurableApplicationContext context = app.run(settings)) {
            ReadSideRebuild.Progress done = context.getBean(ReadSideRebuild.class).rebuild(progress ->
                    System.out.printf("Projected %d of %d events (%d a second, about %d s left)%n",
                            progress.done(), progress.total(), progress.perSecond(), progress.left().toSeconds()));
            System.out.printf("Read side rebuilt from the log: %d events at %d a second%n", done.total(), done.perSecond());
            return 0;
        }
    }
}
