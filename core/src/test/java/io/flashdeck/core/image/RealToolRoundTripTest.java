package io.flashdeck.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.Sfdisk;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.transfer.Copier;
import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.TransferProgress;

import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole images through the real tools both ways, bare and behind an MBR, opened the way the
 * command line opens them: mkfs.fat makes the volume, mcopy fills it with a seeded random tree
 * (fragmented, with deleted entries) that FlashDeck must read back exactly; then FlashDeck copies
 * the same tree into a directory of the volume, and fsck.fat must call it clean and mcopy must read
 * both trees back exactly.
 */
class RealToolRoundTripTest {

    private static final long PARTITION_START_SECTOR = 2048;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0}, {1} KiB, MBR {2}, seed {3}")
    @CsvSource({
            "12, 3000, false, 11",
            "12, 3000, true, 12",
            "16, 24000, false, 13",
            "16, 24000, true, 14",
            "32, 70000, false, 15",
            "32, 70000, true, 16",
    })
    void imagesRoundTripThroughTheRealTools(int bits, long kib, boolean mbr, long seed) throws IOException {
        Path image = dir.resolve("disk.img");
        long offset = mbr ? partitionedImage(image, bits, kib) : bareImage(image, bits, kib);
        MTools mtools = MTools.on(image, offset);

        Path written = Files.createDirectories(dir.resolve("by-mtools"));
        RandomTree.create(written, seed, 150, 40_000);
        FatImages.fillFragmented(mtools, written, dir.resolve("scratch"));
        FatOptions options = FatOptions.DEFAULT.withNameStyle(NameStyle.UNICODE);
        try (FatVolume volume = DiskImage.openVolume(image, null, options)) {
            assertThat(TreeSnapshot.ofVolume(volume)).isEqualTo(TreeSnapshot.ofHost(written));

            volume.mkdir(VolumePath.of("flashdeck"));
            copyTree(written, volume, VolumePath.of("flashdeck"));
        }

        Path back = Files.createDirectories(dir.resolve("back"));
        mtools.copyOut("::/", back);
        Map<String, String> tree = TreeSnapshot.ofHost(written);
        assertThat(TreeSnapshot.ofHost(back.resolve("flashdeck"))).isEqualTo(tree);
        Files.move(back.resolve("flashdeck"), dir.resolve("flashdeck-copy"));
        assertThat(TreeSnapshot.ofHost(back)).isEqualTo(tree);
        Fsck.assertClean(mbr ? partitionCopy(image, offset) : image);
    }

    private static long bareImage(Path image, int bits, long kib) {
        FatImages.mkfs(image, bits, kib);
        return 0;
    }

    /** An MBR with one partition at sector 2048, formatted by mkfs.fat in place. */
    private static long partitionedImage(Path image, int bits, long kib) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(PARTITION_START_SECTOR * 512 + kib * 1024);
        }
        String type = bits == 32 ? "c" : bits == 16 ? "6" : "1";
        Sfdisk.apply(image, "label: dos\nstart=" + PARTITION_START_SECTOR + ", type=" + type + "\n");
        FatImages.mkfs(image, kib, "-F", Integer.toString(bits), "--offset=" + PARTITION_START_SECTOR);
        return PARTITION_START_SECTOR * 512;
    }

    private static void copyTree(Path hostRoot, FatVolume volume, VolumePath target) throws IOException {
        try (HostVolume host = new HostVolume(hostRoot)) {
            CopyPlan plan = CopyPlan.resolve(new Endpoint(host, VolumePath.ROOT), new Endpoint(volume, target),
                    true, true);
            new Copier(CopyOptions.DEFAULT, TransferProgress.NONE).copy(plan);
        }
    }

    /** fsck.fat takes no offset: the partition is checked as a file of its own. */
    private Path partitionCopy(Path image, long offset) throws IOException {
        byte[] all = Files.readAllBytes(image);
        return Files.write(dir.resolve("partition.img"), Arrays.copyOfRange(all, (int) offset, all.length));
    }
}
