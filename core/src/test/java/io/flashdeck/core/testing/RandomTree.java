package io.flashdeck.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A seeded random tree of files for round trips: long, mixed-case, short lower-case (NT case
 * flags), unicode, dotted and spaced names, deep directories, empty and multi-cluster files.
 * Names are unique ignoring case within a directory, as FAT requires.
 */
public final class RandomTree {

    private static final String[] WORDS = {
        "main", "boot", "README", "data", "IMG", "Photo", "notes", "weights", "config", "x",
        "A Long File Name", "mixedCase", "UPPER", "with space", "dots.in.name", "a+b=c[1];(2)",
    };
    /**
     * Non-ASCII words stay mixed case: mtools (unlike FatFs) stores a single-case non-ASCII name
     * that fits 8.3 without a long name, in its own code page, so it could not round-trip them.
     */
    private static final String[] UNICODE_WORDS = {
        "Données", "Été", "Ünïcödé", "日本語", "Naïve", "Ça va", "Résumé", "Straße", "Ærø",
    };
    private static final String[] EXTENSIONS = {"", ".py", ".txt", ".jpg", ".json", ".tar.gz", ".CSV", ".Bin"};

    /** Sizes around sector, cluster and buffer boundaries. */
    private static final int[] EDGE_SIZES = {1, 511, 512, 513, 2048, 4096, 32768, 65535, 65536, 65537};

    private final Random random;
    private final int maxDepth;
    private final List<Path> directories = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    private RandomTree(long seed, int maxDepth) {
        this.random = new Random(seed);
        this.maxDepth = maxDepth;
    }

    /**
     * Writes about {@code fileCount} files into {@code root} (an existing empty directory) and
     * returns the tree. File sizes mostly stay small; a few reach {@code maxFileSize}.
     */
    public static RandomTree create(Path root, long seed, int fileCount, int maxFileSize) throws IOException {
        RandomTree tree = new RandomTree(seed, 8);
        tree.fill(root, fileCount, maxFileSize);
        return tree;
    }

    public List<Path> directories() {
        return directories;
    }

    public List<Path> files() {
        return files;
    }

    private void fill(Path root, int fileCount, int maxFileSize) throws IOException {
        List<Path> parents = new ArrayList<>(List.of(root));
        Set<String> usedNames = new HashSet<>();
        Path deepest = root;
        for (int depth = 0; depth < maxDepth; depth++) {
            deepest = makeDirectory(deepest, "level" + depth, usedNames);
        }
        parents.add(deepest);
        for (int i = 0; i < fileCount; i++) {
            Path parent = parents.get(random.nextInt(parents.size()));
            if (random.nextInt(6) == 0 && parent.getNameCount() - root.getNameCount() < maxDepth) {
                parents.add(makeDirectory(parent, randomName(""), usedNames));
                continue;
            }
            Path file = uniqueChild(parent, randomName(EXTENSIONS[random.nextInt(EXTENSIONS.length)]), usedNames);
            Files.write(file, randomContent(maxFileSize));
            files.add(file);
        }
    }

    private Path makeDirectory(Path parent, String name, Set<String> usedNames) throws IOException {
        Path directory = uniqueChild(parent, name, usedNames);
        Files.createDirectory(directory);
        directories.add(directory);
        return directory;
    }

    private Path uniqueChild(Path parent, String name, Set<String> usedNames) {
        String candidate = name;
        for (int n = 2; !usedNames.add(key(parent, candidate)); n++) {
            candidate = n + "_" + name;
        }
        return parent.resolve(candidate);
    }

    /** FAT matches names without regard to case. */
    private static String key(Path parent, String name) {
        return parent + "/" + name.toUpperCase(Locale.ROOT);
    }

    private String randomName(String extension) {
        String word = randomWord();
        switch (random.nextInt(4)) {
            case 0:
                String ascii = WORDS[random.nextInt(WORDS.length)];
                return ascii.toLowerCase(Locale.ROOT) + extension.toLowerCase(Locale.ROOT);
            case 1:
                return word + random.nextInt(1000) + extension;
            case 2:
                return word + " " + randomWord() + extension;
            default:
                return word + extension;
        }
    }

    private String randomWord() {
        return random.nextInt(3) == 0
                ? UNICODE_WORDS[random.nextInt(UNICODE_WORDS.length)]
                : WORDS[random.nextInt(WORDS.length)];
    }

    private byte[] randomContent(int maxFileSize) {
        int size;
        switch (random.nextInt(10)) {
            case 0:
                size = 0;
                break;
            case 1:
                size = random.nextInt(maxFileSize + 1);
                break;
            case 2:
                size = Math.min(maxFileSize, EDGE_SIZES[random.nextInt(EDGE_SIZES.length)]);
                break;
            default:
                size = random.nextInt(Math.min(maxFileSize, 6000) + 1);
        }
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }
}
