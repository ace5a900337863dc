package io.plantrail.store;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Two nodes on the embedded store run as its own process ({@code java -jar plantrail.jar store}). */
class TwoNodesTest extends TwoNodesContract {

    private StoreProcess store;

    @BeforeEach
    void startTheStore() throws Exception {
        store = StoreProcess.start(work.resolve("store"), Duration.ofMinutes(2));
    }

    @AfterEach
    void stopTheStore() throws Exception {
        store.close();
    }

    @Override
    String storeUri() {
        return store.uri();
    }
}
