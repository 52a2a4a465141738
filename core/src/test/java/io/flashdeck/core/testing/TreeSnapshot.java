package io.flashdeck.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A host tree as "relative/path" → "dir" or the content's SHA-256, for comparing trees in tests. */
public final class TreeSnapshot {

    private TreeSnapshot() {
    }

    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> snapshot = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(path -> !path.equals(root)).forEach(path -> snapshot.put(
                    root.relativize(path).toString().replace('\\', '/'),
                    Files.isDirectory(path) ? "dir" : sha256(path)));
        }
        return snapshot;
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
