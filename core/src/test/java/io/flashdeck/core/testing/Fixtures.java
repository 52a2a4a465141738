package io.flashdeck.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The shared fixtures ({@code ../shared/fixtures} beside the repository, set by surefire). */
public final class Fixtures {

    private Fixtures() {
    }

    /** The shared fixture directory; fails the test when it is not there. */
    public static Path sharedDirectory() {
        String configured = System.getProperty("flashdeck.shared");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path fixtures = shared.resolve("fixtures");
        if (!Files.isDirectory(fixtures)) {
            throw new AssertionError("shared fixtures not found at " + fixtures.toAbsolutePath()
                    + " (they live in ../shared beside the repository)");
        }
        return fixtures;
    }

    /** The manifest of an oofatfs fixture image, such as {@code openmv_h7_flash.img}. */
    public static Path oofatfsManifest(String imageName) {
        return sharedDirectory().resolve("oofatfs").resolve(imageName + ".manifest");
    }

    /** Unpacks {@code oofatfs/NAME.gz} into {@code directory} and returns the image path. */
    public static Path unpackOofatfs(String imageName, Path directory) throws IOException {
        Path packed = sharedDirectory().resolve("oofatfs").resolve(imageName + ".gz");
        Path image = directory.resolve(imageName);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(packed), 1 << 16);
             OutputStream out = Files.newOutputStream(image)) {
            in.transferTo(out);
        }
        return image;
    }
}
