package io.flashdeck.core.fat;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.testing.FatImages;
import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers shared by the FAT tests: seeded content, host files, raw looks into images. */
public final class TestVolumes {

    private TestVolumes() {
    }

    /**
     * Volume layouts most tests run on, as mkfs.fat arguments (FAT bits, KiB, options): each FAT
     * type with one and two FATs and small and large clusters.
     */
    public static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of(12, 1440, "-f 1"),
                Arguments.of(12, 2000, "-s 1"),
                Arguments.of(16, 20000, "-s 1 -f 1"),
                Arguments.of(16, 40000, "-s 8"),
                Arguments.of(32, 40000, "-s 1"),
                Arguments.of(32, 140000, "-s 2 -f 1"));
    }

    /** A new image {@code v.img} in {@code dir} made by mkfs.fat; {@code options} are space-separated. */
    public static Path mkfs(Path dir, int bits, long sizeKb, String options) {
        String[] split = options.isBlank() ? new String[0] : options.split(" ");
        return FatImages.mkfs(dir.resolve("v.img"), bits, sizeKb, split);
    }

    /** {@code size} bytes that depend only on {@code seed}. */
    public static byte[] content(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Writes {@code bytes} to a host file {@code name} in {@code dir}. */
    public static Path hostFile(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    /** The boot sector of an image file. */
    public static BootSector bootSector(Path image) throws IOException {
        try (InputStream in = Files.newInputStream(image)) {
            return BootSector.parse(in.readNBytes(BootSector.SIZE), Files.size(image));
        }
    }

    /** Asserts that every FAT copy of the volume holds the same bytes as the first. */
    public static void assertFatCopiesIdentical(BlockDevice device, BootSector boot) throws IOException {
        FatLayout layout = boot.layout();
        byte[] first = device.read(layout.fatOffset(0), (int) layout.fatBytes());
        for (int copy = 1; copy < layout.fatCount(); copy++) {
            byte[] other = device.read(layout.fatOffset(copy), (int) layout.fatBytes());
            assertThat(Arrays.equals(first, other)).as("FAT copy " + copy + " equals copy 0").isTrue();
        }
    }
}
