package io.flashdeck.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Seeded random host directory trees: nested directories, empty ones, and files of edge sizes. */
public final class RandomTree {

    private static final int[] SIZES = {0, 1, 511, 512, 513, 4096, 65535, 65536, 65537, 200_000};

    private RandomTree() {
    }

    /** Fills {@code directory} (which must exist) and returns the number of files made. */
    public static int fill(Path directory, Random random, int depth) throws IOException {
        int files = 0;
        int children = 1 + random.nextInt(5);
        for (int i = 0; i < children; i++) {
            if (depth > 0 && random.nextInt(3) == 0) {
                Path sub = Files.createDirectory(directory.resolve("dir" + i + name(random)));
                files += fill(sub, random, depth - 1);
            } else {
                byte[] content = new byte[SIZES[random.nextInt(SIZES.length)]];
                random.nextBytes(content);
                Files.write(directory.resolve("file" + i + name(random) + ".bin"), content);
                files++;
            }
        }
        return files;
    }

    /** Name parts with spaces, dots and non-ASCII letters, as people name files. */
    private static String name(Random random) {
        String[] parts = {"", " copy", ".old", "_ä", "-日本", " (1)"};
        return parts[random.nextInt(parts.length)];
    }
}
