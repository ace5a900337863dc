package io.plantrail.ops;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code java -jar plantrail.jar rebuild}: the read side of the configured store projected again from the log. */
public final class RebuildCommandLine {

    private RebuildCommandLine() {
    }

    /** {@code arguments} are Spring properties such as {@code --plantrail.mongo.data-dir=…}. */
    public static int run(Class<?> application, String... arguments) throws InterruptedException {
        try (ConfigurableApplicationContext context = StoreAsFound.open(application, arguments)) {
            ReadSideRebuild.Progress done = context.getBean(ReadSideRebuild.class).rebuild(progress ->
                    System.out.printf("Projected %d of %d events (%d a second, about %d s left)%n",
                            progress.done(), progress.total(), progress.perSecond(), progress.left().toSeconds()));
            System.out.printf("Read side rebuilt from the log: %d events at %d a second%n", done.total(), done.perSecond());
            return 0;
        }
    }
}
