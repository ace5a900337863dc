package io.plantrail.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.LoggerFactory;

/**
 * The master keys by generation: one, or two while an erasure re-wraps every person's key under
 * a new one. The file is rewritten in place, never replaced, so a retired key's bytes are
 * overwritten rather than left in a freed block of the disk.
 */
final class MasterKeyFile {

    private static final String HEADER = "# plantrail master key. Keep it apart from the data directory and back it up:"
            + " without it no contact can be read. Lines: generation key.";

    private final Path file;
    private volatile NavigableMap<Integer, SecretKey> keys;

    private MasterKeyFile(Path file, NavigableMap<Integer, SecretKey> keys) {
        this.file = file;
        this.keys = keys;
    }

    static MasterKeyFile inMemory() {
        return new MasterKeyFile(null, Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(1, KeyWrap.newKey()))));
    }

    static MasterKeyFile open(Path file, boolean createIfMissing) {
        if (Files.exists(file)) {
            return new MasterKeyFile(file, read(file));
        }
        if (!createIfMissing) {
            throw new IllegalStateException("No master key at " + file.toAbsolutePath() + ". Set plantrail.privacy."
                    + "master-key-file (PLANTRAIL_MASTER_KEY_FILE) to the key file this store was sealed with.");
        }
        MasterKeyFile created = new MasterKeyFile(file, Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(1, KeyWrap.newKey()))));
        created.createFile();
        LoggerFactory.getLogger(MasterKeyFile.class).warn("A new master key was written to {}: keep it apart from the data"
                + " directory and back it up with it; without it no contact in the store can be read", file.toAbsolutePath());
        return created;
    }

    Path location() {
        return file;
    }

    boolean holds(int generation) {
        return keys.containsKey(generation);
    }

    int newest() {
        return keys.lastKey();
    }

    /** The key of this generation, reading the file again if another server has rotated it. */
    SecretKey key(int generation) {
        SecretKey key = keys.get(generation);
        if (key == null && file != null) {
            keys = read(file);
            key = keys.get(generation);
        }
        if (key == null) {
            throw new IllegalStateException("The master key file " + file + " has no key of generation " + generation);
        }
        return key;
    }

    /** Adds the next generation, keeping the current one until every person's key is re-wrapped. */
    synchronized int addNext() {
        NavigableMap<Integer, SecretKey> next = new TreeMap<>(keys);
        int generation = keys.lastKey() + 1;
        next.put(generation, KeyWrap.newKey());
        write(next);
        return generation;
    }

    /** Forgets every generation before this one, overwriting it in the file. */
    synchronized void retireBefore(int generation) {
        NavigableMap<Integer, SecretKey> kept = new TreeMap<>(keys.tailMap(generation, true));
        write(kept);
    }

    private void write(NavigableMap<Integer, SecretKey> next) {
        if (file != null) {
            overwrite(render(next));
        }
        keys = Collections.unmodifiableNavigableMap(next);
    }

    private void createFile() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system's own permissions apply
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the master key file " + file, e);
        }
        overwrite(render(keys));
    }

    private void overwrite(byte[] content) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long oldSize = channel.size();
            channel.write(ByteBuffer.wrap(content), 0);
            if (oldSize > content.length) {
                channel.write(ByteBuffer.allocate((int) (oldSize - content.length)), content.length);
            }
            channel.force(true);
            channel.truncate(content.length);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the master key file " + file, e);
        }
    }

    private static byte[] render(NavigableMap<Integer, SecretKey> keys) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        keys.forEach((generation, key) -> text.append(generation).append(' ')
                .append(Base64.getEncoder().encodeToString(key.getEncoded())).append('\n'));
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static NavigableMap<Integer, SecretKey> read(Path file) {
        NavigableMap<Integer, SecretKey> keys = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split(" ");
                byte[] key = Base64.getDecoder().decode(parts[1]);
                if (parts.length != 2 || key.length != 32) {
                    throw new IllegalStateException("The master key file " + file + " is not in the expected form");
                }
                keys.put(Integer.parseInt(parts[0]), new SecretKeySpec(key, "AES"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master key file " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The master key file " + file + " is not in the expected form", e);
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("The master key file " + file + " holds no key");
        }
        return Collections.unmodifiableNavigableMap(keys);
    }
}
