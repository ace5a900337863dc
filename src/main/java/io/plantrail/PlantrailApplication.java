package io.plantrail;

import io.plantrail.change.ChangeRejected;
import io.plantrail.seed.ImportCommandLine;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlantrailApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(importDocument(args));
        }
        SpringApplication.run(PlantrailApplication.class, args);
    }

    private static int importDocument(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: java -jar plantrail.jar import FILE");
            return 2;
        }
        try {
            return ImportCommandLine.run(PlantrailApplication.class, Path.of(args[1]));
        } catch (ChangeRejected e) {
            System.err.println(e.code() + ": " + e.getMessage());
            return 1;
        }
    }
}
