package io.flashdeck.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The images real MicroPython VfsFat made, kept gzipped in ../shared/fixtures/oofatfs. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path oofatfsDirectory() {
        String shared = System.getProperty("flashdeck.shared", "../shared");
        return Path.of(shared, "fixtures", "oofatfs");
    }

    /** Unpacks {@code name} (such as "openmv_h7_flash.img") into {@code directory}. */
    public static Path unpack(String name, Path directory) throws IOException {
        Path source = oofatfsDirectory().resolve(name + ".gz");
        if (!Files.isRegularFile(source)) {
            throw new AssertionError("fixture " + source + " is missing");
        }
        Path target = directory.resolve(name);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(source))) {
            Files.copy(in, target);
        }
        return target;
    }
}
