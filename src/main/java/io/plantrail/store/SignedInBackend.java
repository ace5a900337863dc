package io.plantrail.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded server answers only connections that signed in (SASL PLAIN, with a password made
 * for this run and never written down), so another process on the machine cannot read the keys
 * or rewrite the log through its port. Before sign-in only the handshake is answered.
 */
final class SignedInBackend implements MongoBackend {

    static final String USER = "plantrail";
    private static final Set<String> BEFORE_SIGN_IN = Set.of("hello", "ismaster", "saslstart", "ping", "buildinfo");
    private static final int AUTHENTICATION_FAILED = 18;
    private static final int UNAUTHORIZED = 13;

    private final MongoBackend backend;
    private final byte[] expected;
    private final Set<Channel> signedIn = ConcurrentHashMap.newKeySet();

    SignedInBackend(MongoBackend backend, String password) {
        this.backend = backend;
        this.expected = (USER + "\0" + password).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        String command = message.getDocument().keySet().iterator().next();
        if ("saslStart".equalsIgnoreCase(command)) {
            return signIn(message.getChannel(), message.getDocument());
        }
        requireSignedIn(message.getChannel(), command);
        return backend.handleMessage(message);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if ("saslStart".equalsIgnoreCase(command)) {
            return signIn(channel, query);
        }
        requireSignedIn(channel, command);
        return backend.handleCommand(channel, database, command, query);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        requireSignedIn(query.getChannel(), query.getQuery().keySet().stream().findFirst().orElse(""));
        return backend.handleQuery(query);
    }

    private Document signIn(Channel channel, Document saslStart) {
        Object sent = saslStart.get("payload");
        byte[] payload = sent instanceof BinData binary ? binary.getData() : sent instanceof byte[] bytes ? bytes : new byte[0];
        if (!"PLAIN".equals(saslStart.get("mechanism")) || !MessageDigest.isEqual(identityAndPassword(payload), expected)) {
            throw new MongoServerError(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
        }
        signedIn.add(channel);
        Document answer = new Document();
        answer.put("conversationId", 1);
        answer.put("done", true);
        answer.put("payload", new BinData(new byte[0]));
        answer.put("ok", 1.0);
        return answer;
    }

    /** PLAIN sends "authorization-id NUL user NUL password"; the authorization id may be empty. */
    private static byte[] identityAndPassword(byte[] payload) {
        for (int i = 0; i < payload.length; i++) {
            if (payload[i] == 0) {
                return Arrays.copyOfRange(payload, i + 1, payload.length);
            }
        }
        return new byte[0];
    }

    private void requireSignedIn(Channel channel, String command) {
        if (!signedIn.contains(channel) && !BEFORE_SIGN_IN.contains(command.toLowerCase(Locale.ROOT))) {
            throw new MongoServerError(UNAUTHORIZED, "Unauthorized", "Command " + command + " requires authentication");
        }
    }

    @Override
    public void handleClose(Channel channel) {
        signedIn.remove(channel);
        backend.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return backend.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return backend.getServerStatus();
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
