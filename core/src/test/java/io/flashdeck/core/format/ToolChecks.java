package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.testing.BootSectorView;
import io.flashdeck.core.testing.ExternalTool;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Random;

/** Judges a freshly formatted image with the real tools: fsck.fat, minfo, mdir and mcopy. */
final class ToolChecks {

    /** Partitioned images up to this size are copied out so that fsck.fat can see the partition. */
    static final long FSCK_EXTRACT_LIMIT = 64L << 20;
    /** fsck.fat needs about 12 bytes of memory per cluster; beyond this it is left to mtools. */
    static final long FSCK_CLUSTER_LIMIT = 8_000_000;

    private ToolChecks() {
    }

    /** Formats a fresh sparse image of {@code size} with {@code options}, then runs every check on it. */
    static FormatResult formatAndCheck(Path scratch, String size, FormatOptions options) throws IOException {
        Path image = scratch.resolve("volume-" + size + ".img");
        long bytes = SizeParser.parse(size);
        ImageFiles.create(image, bytes, true);
        FormatResult result;
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            result = FatFormatter.format(device, options);
        }
        assertSoundAndUsable(image, result, scratch, bytes);
        Files.delete(image);
        return result;
    }

    /** Every check: minfo shows the intended geometry, fsck.fat is silent, a file goes in and out intact. */
    static void assertSoundAndUsable(Path image, FormatResult result, Path scratch, long seed) throws IOException {
        MTools drive = MTools.on(image, result.partitionOffsetBytes());
        assertMinfoShows(image, drive, result);
        Path checkable = fsckTarget(image, result, scratch);
        if (checkable != null) {
            Fsck.assertClean(checkable);
        }
        ExternalTool.Result listing = drive.listRoot();
        assertThat(listing.exitCode()).as(listing.transcript()).isZero();
        if (result.label() != null) {
            assertThat(listing.stdout()).contains("Volume in drive : is " + result.label());
        }
        byte[] content = new byte[3000];
        new Random(seed).nextBytes(content);
        Path file = scratch.resolve("payload-" + seed + ".bin");
        Files.write(file, content);
        drive.copyIn("::PAYLOAD.BIN", file);
        assertThat(drive.read("PAYLOAD.BIN", scratch)).isEqualTo(content);
        if (checkable == image) {
            Fsck.assertClean(image);
        }
    }

    /**
     * minfo 4.0.32 computes a suggested mformat command from the BPB and trips an assertion on
     * volumes close to 2^32 sectors (mkfs.fat's own 2 TiB image does the same); there the boot
     * sector is compared field by field instead.
     */
    static void assertMinfoShows(Path image, MTools drive, FormatResult result) throws IOException {
        VolumeGeometry g = result.geometry();
        ExternalTool.Result minfo = drive.runMinfo();
        if (minfo.exitCode() != 0 && minfo.stderr().contains("check_fs_params_and_set_fat: Assertion")
                && g.totalSectors() > 1L << 31) {
            BootSectorView view = BootSectorView.read(image, result.partitionOffsetBytes());
            assertThat(view.geometry()).isEqualTo(new BootSectorView(view.oem(), 512, g.sectorsPerCluster(),
                    g.reservedSectors(), g.fatCount(), g.rootEntries(), g.totalSectors(), g.mediaByte(),
                    g.sectorsPerFat(), g.sectorsPerTrack(), g.heads(), g.hiddenSectors(), result.volumeId(),
                    view.label(), view.fileSystemType(), 1, 6, 2).geometry());
            return;
        }
        Map<String, String> info = MTools.fields(minfo);
        assertThat(info.get("sector size")).isEqualTo("512 bytes");
        assertThat(info.get("cluster size")).isEqualTo(g.sectorsPerCluster() + " sectors");
        assertThat(info.get("reserved (boot) sectors")).isEqualTo(Integer.toString(g.reservedSectors()));
        assertThat(info.get("fats")).isEqualTo(Integer.toString(g.fatCount()));
        assertThat(info.get("max available root directory slots")).isEqualTo(Integer.toString(g.rootEntries()));
        assertThat(info.get("media descriptor byte")).isEqualTo(String.format("0x%x", g.mediaByte()));
        assertThat(info.get("hidden sectors")).isEqualTo(Long.toString(g.hiddenSectors()));
        long total = g.totalSectors() < 0x10000 ? Long.parseLong(info.get("small size").split(" ")[0])
                : Long.parseLong(info.get("big size").split(" ")[0]);
        assertThat(total).isEqualTo(g.totalSectors());
        assertThat(info.get("serial number")).isEqualTo(String.format("%08X", result.volumeId()));
        if (g.type() == FatType.FAT32) {
            assertThat(info.get("Big fatlen")).isEqualTo(Long.toString(g.sectorsPerFat()));
            assertThat(info.get("rootCluster")).isEqualTo("2");
            assertThat(info.get("free clusters")).isEqualTo(Long.toString(g.clusterCount() - 1));
            assertThat(info.get("disk type")).isEqualTo("\"FAT32   \"");
        } else {
            assertThat(info.get("sectors per fat")).isEqualTo(Long.toString(g.sectorsPerFat()));
        }
    }

    /**
     * The file fsck.fat should check: the image itself for a bare volume, a copy of the partition
     * for a small partitioned one, nothing when the volume is too large for fsck.fat's memory.
     */
    private static Path fsckTarget(Path image, FormatResult result, Path scratch) throws IOException {
        if (result.geometry().clusterCount() > FSCK_CLUSTER_LIMIT) {
            return null;
        }
        if (!result.geometry().hasMbr()) {
            return image;
        }
        long length = result.geometry().totalSectors() * VolumeGeometry.SECTOR_SIZE;
        if (length > FSCK_EXTRACT_LIMIT) {
            return null;
        }
        Path partition = scratch.resolve("partition-" + System.nanoTime() + ".img");
        try (FileChannel in = FileChannel.open(image); FileChannel out = FileChannel.open(partition,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            in.transferTo(result.partitionOffsetBytes(), length, out);
        }
        return partition;
    }
}
