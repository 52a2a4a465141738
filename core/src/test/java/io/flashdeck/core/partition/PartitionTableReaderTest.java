package io.flashdeck.core.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.block.MemoryBlockDevice;
import io.flashdeck.core.format.ImageFiles;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.Sfdisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables sfdisk writes read back as sfdisk reads them; tables no tool writes come out as clear problems. */
class PartitionTableReaderTest {

    static final String BASIC_DATA = "EBD0A0A2-B9E5-4433-87C0-68B6B72699C7";
    static final String LINUX = "0FC63DAF-8483-4772-8E79-3D69D8477DE4";

    @TempDir
    Path dir;

    @Test
    void mbrPrimaryAndLogicalPartitionsMatchSfdisk() throws IOException {
        Path image = image(16);
        Sfdisk.apply(image, "label: dos\n"
                + "IMAGE1 : start=2048, size=4096, type=c\n"
                + "IMAGE2 : start=8192, size=24576, type=5\n"
                + "IMAGE5 : start=10240, size=2048, type=6\n"
                + "IMAGE6 : start=14336, size=4096, type=83\n"
                + "IMAGE7 : start=20480, size=2048, type=b\n");
        PartitionTable table = read(image);
        assertThat(table.scheme()).isEqualTo(PartitionScheme.MBR);
        assertThat(table.problems()).isEmpty();
        assertMatchesSfdisk(table, Sfdisk.dump(image).stream().filter(e -> !e.type().equals("5")).toList());
        assertThat(table.partition(5).orElseThrow().typeDescription()).isEqualTo("FAT16");
        assertThat(table.description()).contains("MBR partition table, 4 partitions", "5: 0x06 FAT16");
    }

    @Test
    void gptPartitionsMatchSfdiskWithNames() throws IOException {
        Path image = image(4);
        Sfdisk.apply(image, "label: gpt\n"
                + "start=2048, size=2048, type=" + LINUX + ", name=\"linux\"\n"
                + "start=4096, size=4062, type=" + BASIC_DATA + ", name=\"FLASH été\"\n");
        PartitionTable table = read(image);
        assertThat(table.scheme()).isEqualTo(PartitionScheme.GPT);
        assertThat(table.problems()).isEmpty();
        assertMatchesSfdisk(table, Sfdisk.dump(image));
        assertThat(table.partition(2).orElseThrow().name()).isEqualTo("FLASH été");
        assertThat(table.partition(2).orElseThrow().typeDescription()).isEqualTo("Microsoft basic data");
    }

    @Test
    void bareFatVolumesHaveNoTableEvenWithMkfsFatsFakeMbr() throws IOException {
        Path plain = image(8);
        FatImages.mkfs(plain);
        Path withMbr = dir.resolve("mbr.img");
        ImageFiles.create(withMbr, 8 << 20);
        FatImages.mkfs(withMbr, "--mbr=y");
        assertThat(Files.readAllBytes(withMbr)[446 + 4]).as("mkfs.fat wrote a partition entry").isNotZero();
        for (Path image : List.of(plain, withMbr)) {
            PartitionTable table = read(image);
            assertThat(table.scheme()).isEqualTo(PartitionScheme.NONE);
            assertThat(table.summary()).isEqualTo("no partition table (sector 0 is a FAT boot sector)");
        }
    }

    @Test
    void zeroDiskAndNonTableSectorsAreNoTable() throws IOException {
        assertThat(PartitionTableReader.read(new MemoryBlockDevice(4096)).summary())
                .isEqualTo("no partition table (sector 0 has no 0x55AA signature)");
        assertThat(PartitionTableReader.read(new MemoryBlockDevice(100)).summary())
                .contains("smaller than one sector");
        byte[] disk = new byte[1 << 20];
        io.flashdeck.core.testing.DiskBytes.mbrEntry(disk, 0, 1, 0x3F, 0x0C, 2048, 100);
        assertThat(PartitionTableReader.read(new MemoryBlockDevice(disk)).summary())
                .isEqualTo("no partition table (sector 0 is not a partition table: slot 2 has status byte 0x3F)");
    }

    private Path image(int mebibytes) throws IOException {
        Path image = dir.resolve("disk" + System.nanoTime() + ".img");
        ImageFiles.create(image, (long) mebibytes << 20);
        return image;
    }

    static PartitionTable read(Path image) throws IOException {
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            return PartitionTableReader.read(device);
        }
    }

    private static void assertMatchesSfdisk(PartitionTable table, List<Sfdisk.Entry> expected) {
        assertThat(table.partitions()).hasSameSizeAs(expected);
        for (Sfdisk.Entry entry : expected) {
            Partition partition = table.partition(entry.index()).orElseThrow();
            assertThat(partition.startBytes()).isEqualTo(entry.start() * 512);
            assertThat(partition.lengthBytes()).isEqualTo(entry.size() * 512);
            String type = entry.type().length() <= 2 ? String.format("0x%02X", Integer.parseInt(entry.type(), 16))
                    : entry.type();
            assertThat(partition.type()).isEqualTo(type);
            assertThat(partition.name()).isEqualTo(entry.name());
        }
    }
}
