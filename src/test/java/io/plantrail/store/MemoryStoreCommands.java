package io.plantrail.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;

/** The embedded store in memory, and a client to it that keeps every command it sends: for tests of what reaches the store. */
public final class MemoryStoreCommands implements AutoCloseable {

    private record Sent(String name, BsonDocument command) {
    }

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final MongoClient client;

    public MemoryStoreCommands() {
        CommandListener keepEach = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                sent.add(new Sent(event.getCommandName(), event.getCommand().clone()));
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(keepEach).build());
    }

    public MongoClient client() {
        return client;
    }

    /** The names of the commands sent, in order. */
    public List<String> names() {
        return sent.stream().map(Sent::name).toList();
    }

    /** The commands of this name sent, in order. */
    public List<BsonDocument> sent(String name) {
        return sent.stream().filter(command -> command.name().equals(name)).map(Sent::command).toList();
    }

    public void forget() {
        sent.clear();
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
