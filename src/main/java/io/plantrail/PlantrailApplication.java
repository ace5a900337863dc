package io.plantrail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlantrailApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlantrailApplication.class, args);
    }
}
