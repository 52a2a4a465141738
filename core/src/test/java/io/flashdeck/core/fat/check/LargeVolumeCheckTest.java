package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.MTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks and maps of large (sparse) volumes stay cheap, and volumes past the supported size are refused at once. */
class LargeVolumeCheckTest {

    @TempDir
    Path dir;

    @Test
    void volumeOf32GibIsCheckedAndMappedQuickly() throws IOException {
        Path image = sparse("big.img", 32L << 30);
        FatImages.mkfs(image, "-F", "32");
        MTools.on(image).copyIn("::/", Files.write(dir.resolve("PHOTO.JPG"), new byte[300_000]));

        long start = System.nanoTime();
        CheckReport report = DamageLab.check(image);
        long checkMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ClusterMap map = ClusterMapTest.map(image, 64 * 1024);
        long mapMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(report.problems()).isEmpty();
        assertThat(report.statistics().clusterCount()).isGreaterThan(2_000_000);
        assertThat(map.total(ClusterState.FILE)).isEqualTo((300_000 + 16383) / 16384);
        assertThat(checkMillis).as("milliseconds to check").isLessThan(5_000);
        assertThat(mapMillis).as("milliseconds to map").isLessThan(5_000);
    }

    @Test
    void volumeWithMoreClustersThanSupportedIsRefused() throws IOException {
        Path small = FatImages.mkfs(dir.resolve("small.img"), 32, 34000, "-s", "1");
        ByteBuffer boot = ByteBuffer.wrap(Files.readAllBytes(small), 0, 512).slice().order(ByteOrder.LITTLE_ENDIAN);
        long totalSectors = 70_000_000;
        long sectorsPerFat = (totalSectors * 4 + 511) / 512;
        boot.putInt(32, (int) totalSectors).putInt(36, (int) sectorsPerFat);
        Path image = sparse("huge.img", totalSectors * 512);
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            device.write(0, boot.rewind());
        }

        assertThatThrownBy(() -> DamageLab.check(image)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("checking handles volumes of up to 67108864 clusters; this one has ");
    }

    private Path sparse(String name, long bytes) throws IOException {
        Path image = dir.resolve(name);
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(bytes);
        }
        return image;
    }
}
