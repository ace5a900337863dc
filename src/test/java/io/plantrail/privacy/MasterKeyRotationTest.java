package io.plantrail.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key's moves: after an erasure, after a crash in the middle of one, and against the wrong key file. */
class MasterKeyRotationTest {

    @TempDir
    Path directory;

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void store() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        database = client.getDatabase("plantrail");
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdown();
    }

    @Test
    void anErasureMovesTheOthersToANewMasterKeyAndOverwritesTheOldOne() throws Exception {
        Path keyFile = directory.resolve("data.master.key");
        PersonKeys keys = new PersonKeys(database, MasterKeyFile.open(keyFile, true));
        String trehern = keys.keyFor("Andrew Trehern", null).personId();
        PersonKeys.PersonKey corby = keys.keyFor("David Corby", null);
        String before = Files.readString(keyFile);

        keys.erase(trehern);

        assertThat(Files.readString(keyFile)).isNotEqualTo(before).startsWith("#").contains("\n2 ").doesNotContain("\n1 ");
        assertThat(new PersonKeys(database, MasterKeyFile.open(keyFile, false)).find(corby.personId()))
                .as("the others open after a restart with the new key file").hasValue(corby.key());
        assertThat(keys.find(trehern)).as("the erased one is gone").isEmpty();
    }

    @Test
    void aStartAfterACrashInTheMiddleOfAMoveFinishesIt() throws Exception {
        Path keyFile = directory.resolve("data.master.key");
        PersonKeys keys = new PersonKeys(database, MasterKeyFile.open(keyFile, true));
        PersonKeys.PersonKey corby = keys.keyFor("David Corby", null);
        MongoCollection<Document> state = database.getCollection("master_key");
        state.updateOne(Filters.eq("_id", "state"), Updates.set("next", 2)); // claimed, then the server died

        PersonKeys restarted = new PersonKeys(database, MasterKeyFile.open(keyFile, false));

        assertThat(state.find().first().getInteger("generation")).isEqualTo(2);
        assertThat(state.find().first().containsKey("next")).isFalse();
        assertThat(database.getCollection("person_keys").find().first().getInteger("generation")).isEqualTo(2);
        assertThat(Files.readString(keyFile)).contains("\n2 ").doesNotContain("\n1 ");
        assertThat(restarted.find(corby.personId())).hasValue(corby.key());
    }

    @Test
    void theWrongKeyFileIsRefusedAtStartNotDiscoveredAtTheFirstContact() throws Exception {
        new PersonKeys(database, MasterKeyFile.open(directory.resolve("right.key"), true)).keyFor("David Corby", null);

        assertThatThrownBy(() -> new PersonKeys(database, MasterKeyFile.open(directory.resolve("other.key"), true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not the one this store's contacts were sealed with");
    }
}
