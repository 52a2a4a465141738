package io.flashdeck.core.testing;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The content of a tree as comparable data: absolute path → {@code "dir"} or
 * {@code "SIZE SHA256"}. Host directories, volumes and fixture manifests all turn into one, so a
 * test compares whole trees with one assertion and sees every difference at once.
 */
public final class TreeSnapshot {

    private static final String DIRECTORY = "dir";

    private TreeSnapshot() {
    }

    /** Every file and directory below {@code root} (not the root itself). */
    public static Map<String, String> ofHost(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (path.equals(root)) {
                    continue;
                }
                String name = "/" + root.relativize(path).toString().replace('\\', '/');
                tree.put(name, Files.isDirectory(path) ? DIRECTORY : fileValue(Files.readAllBytes(path)));
            }
        }
        return tree;
    }

    /** Every file and directory of a volume below {@code top}, named relative to it. */
    public static Map<String, String> ofVolume(Volume volume, VolumePath top) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        walk(volume, top, top, tree);
        return tree;
    }

    public static Map<String, String> ofVolume(Volume volume) throws IOException {
        return ofVolume(volume, VolumePath.ROOT);
    }

    /** A fixture manifest: lines {@code path<TAB>size<TAB>sha256}, directories end in '/'. */
    public static Map<String, String> ofManifest(Path manifest) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields[0].endsWith("/")) {
                tree.put(fields[0].substring(0, fields[0].length() - 1), DIRECTORY);
            } else {
                tree.put(fields[0], fields[1] + " " + fields[2]);
            }
        }
        return tree;
    }

    /** The SHA-256 of a host file, in lower-case hex like sha256sum. */
    public static String sha256(Path file) throws IOException {
        return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
    }

    public static String fileValue(byte[] content) {
        return content.length + " " + HexFormat.of().formatHex(sha256().digest(content));
    }

    private static void walk(Volume volume, VolumePath top, VolumePath directory, Map<String, String> tree)
            throws IOException {
        List<FileEntry> entries = volume.list(directory);
        for (FileEntry entry : entries) {
            String name = top.relativize(entry.path()).toString();
            if (entry.isDirectory()) {
                tree.put(name, DIRECTORY);
                walk(volume, top, entry.path(), tree);
            } else {
                tree.put(name, hashFile(volume, entry));
            }
        }
    }

    private static String hashFile(Volume volume, FileEntry entry) throws IOException {
        MessageDigest digest = sha256();
        long count = 0;
        try (InputStream in = volume.openRead(entry.path())) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                count += n;
            }
        }
        if (count != entry.size()) {
            throw new UncheckedIOException(new IOException(entry.path() + " lists " + entry.size()
                    + " bytes but reads " + count));
        }
        return count + " " + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
