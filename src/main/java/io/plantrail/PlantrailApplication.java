package io.plantrail;

import io.plantrail.change.ChangeRejected;
import io.plantrail.ops.ExportCommandLine;
import io.plantrail.ops.RebuildCommandLine;
import io.plantrail.ops.RestoreCommandLine;
import io.plantrail.seed.ImportCommandLine;
import io.plantrail.store.StoreCommandLine;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlantrailApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(command(args, "import FILE", (file, settings) -> ImportCommandLine.run(PlantrailApplication.class, file, settings)));
        }
        if (args.length > 0 && args[0].equals("restore")) {
            System.exit(command(args, "restore FILE", (file, settings) -> RestoreCommandLine.run(PlantrailApplication.class, file, settings)));
        }
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(command(args, "export DIR", (directory, settings) -> ExportCommandLine.run(PlantrailApplication.class, directory, settings)));
        }
        if (args.length > 0 && args[0].equals("store")) {
            System.exit(StoreCommandLine.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("rebuild")) {
            System.exit(RebuildCommandLine.run(PlantrailApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(PlantrailApplication.class, args);
    }

    /** A command on one file; {@code settings} are Spring properties after it, such as {@code --plantrail.mongo.data-dir=…}. */
    private interface FileCommand {
        int run(Path file, String[] settings) throws Exception;
    }

    private static int command(String[] args, String usage, FileCommand command) throws Exception {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("Usage: java -jar plantrail.jar " + usage + " [--property=value …]");
            return 2;
        }
        try {
            return command.run(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
        } catch (ChangeRejected e) {
            System.err.println(e.code() + ": " + e.getMessage());
            return 1;
        }
    }
}
