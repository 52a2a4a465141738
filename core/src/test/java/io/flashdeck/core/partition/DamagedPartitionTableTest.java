package io.flashdeck.core.partition;

import static io.flashdeck.core.testing.DiskBytes.mbrEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.block.MemoryBlockDevice;
import io.flashdeck.core.format.ImageFiles;
import io.flashdeck.core.testing.DiskBytes;
import io.flashdeck.core.testing.Sfdisk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables no tool would write, made by hand: each unusable part is left out and explained. */
class DamagedPartitionTableTest {

    private static final int SECTORS = 2048;

    @TempDir
    Path dir;

    private final byte[] disk = new byte[SECTORS * 512];

    @Test
    void anEntryStartingAtSectorZeroIsNeverFollowed() throws IOException {
        mbrEntry(disk, 0, 0, 0x80, 0x0C, 0, 100);
        mbrEntry(disk, 0, 1, 0x00, 0x0C, 100, 100);
        PartitionTable table = read();
        assertThat(table.partitions()).extracting(Partition::index).containsExactly(2);
        assertThat(table.problems()).containsExactly(
                "partition 1 starts at sector 0, where the partition table lives; ignored");
    }

    @Test
    void anEbrThatLinksBackToItselfStopsTheChain() throws IOException {
        mbrEntry(disk, 0, 0, 0, 0x05, 100, 1000);
        mbrEntry(disk, 100L * 512, 0, 0, 0x83, 1, 10);
        mbrEntry(disk, 100L * 512, 1, 0, 0x05, 0, 500);
        PartitionTable table = read();
        assertThat(table.partitions()).extracting(Partition::index).containsExactly(5);
        assertThat(table.partition(5).orElseThrow().startBytes()).isEqualTo(101L * 512);
        assertThat(table.problems()).containsExactly("the chain of logical partitions loops back to sector 100; stopped there");
    }

    @Test
    void aTwoEbrCycleAndAnOverlongChainAreBounded() throws IOException {
        mbrEntry(disk, 0, 0, 0, 0x0F, 100, 1900);
        mbrEntry(disk, 100L * 512, 0, 0, 0x0C, 2, 4);
        mbrEntry(disk, 100L * 512, 1, 0, 0x05, 50, 10);
        mbrEntry(disk, 150L * 512, 0, 0, 0x0C, 2, 4);
        mbrEntry(disk, 150L * 512, 1, 0, 0x05, 0, 10);
        assertThat(read().problems()).containsExactly(
                "the chain of logical partitions loops back to sector 100; stopped there");

        byte[] chain = new byte[SECTORS * 512];
        mbrEntry(chain, 0, 0, 0, 0x05, 1, 2000);
        for (int i = 0; i < 300 && 1 + (i + 1) * 5 < SECTORS; i++) {
            long ebr = 1 + i * 5L;
            mbrEntry(chain, ebr * 512, 0, 0, 0x83, 1, 2);
            mbrEntry(chain, ebr * 512, 1, 0, 0x05, (i + 1) * 5L, 5);
        }
        PartitionTable table = PartitionTableReader.read(new MemoryBlockDevice(chain));
        assertThat(table.partitions()).hasSize(MbrParser.MAX_LOGICAL_PARTITIONS);
        assertThat(table.problems()).containsExactly("more than 128 EBRs in the chain of logical partitions; stopped");
    }

    @Test
    void partitionsPastTheEndAreClippedOrRefusedAndOverlapsReported() throws IOException {
        mbrEntry(disk, 0, 0, 0, 0x0C, 100, 1L << 20);
        mbrEntry(disk, 0, 1, 0, 0x0C, 5000, 10);
        mbrEntry(disk, 0, 2, 0, 0x83, 1000, 10);
        mbrEntry(disk, 0, 3, 0, 0x05, 0xFFFFFFF0L, 10);
        PartitionTable table = read();
        assertThat(table.partitions()).extracting(Partition::index).containsExactly(1, 3);
        assertThat(table.partition(1).orElseThrow().lengthBytes()).isEqualTo((SECTORS - 100) * 512L);
        assertThat(table.problems()).containsExactlyInAnyOrder(
                "partition 1 runs past the end of the device (it ends at sector 1048675, the device has 2048 sectors); "
                        + "clipped to 1948 sectors",
                "partition 2 starts at sector 5000, beyond the end of the device (2048 sectors); ignored",
                "extended partition 4 starts at sector 4294967280, where no EBR can be; its logical partitions are ignored",
                "partitions 1 and 3 overlap");
    }

    @Test
    void anEbrWithoutSignatureEndsTheChain() throws IOException {
        mbrEntry(disk, 0, 0, 0, 0x05, 100, 1000);
        assertThat(read().problems()).containsExactly(
                "the EBR at sector 100 has no 0x55AA signature; logical partitions stop there");
    }

    @Test
    void aDamagedPrimaryGptFallsBackToTheBackup() throws IOException {
        byte[] gpt = sfdiskGpt();
        gpt[2 * 512 + 130] ^= 1;
        PartitionTable table = PartitionTableReader.read(new MemoryBlockDevice(gpt));
        assertThat(table.partitions()).extracting(Partition::index).containsExactly(1, 2);
        assertThat(table.problems()).containsExactly(
                "the GPT header at sector 1 is unusable: partition entry array CRC32 mismatch",
                "using the backup GPT header in the last sector");

        gpt = sfdiskGpt();
        gpt[512 + 40] ^= 1;
        assertThat(PartitionTableReader.read(new MemoryBlockDevice(gpt)).problems())
                .startsWith("the GPT header at sector 1 is unusable: header CRC32 mismatch");
    }

    @Test
    void gptWithBothHeadersDamagedHasNoPartitions() throws IOException {
        byte[] gpt = sfdiskGpt();
        gpt[512 + 40] ^= 1;
        gpt[gpt.length - 512 + 40] ^= 1;
        PartitionTable table = PartitionTableReader.read(new MemoryBlockDevice(gpt));
        assertThat(table.scheme()).isEqualTo(PartitionScheme.GPT);
        assertThat(table.partitions()).isEmpty();
        assertThat(table.problems()).containsExactly(
                "the GPT header at sector 1 is unusable: header CRC32 mismatch",
                "the backup GPT header in the last sector is unusable too: header CRC32 mismatch");
    }

    @Test
    void gptFieldsOutOfBoundsAreRefusedEvenWithGoodCrcs() throws IOException {
        byte[] gpt = sfdiskGpt();
        ByteBuffer header = ByteBuffer.wrap(gpt).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(512 + 80, 1_000_000);
        DiskBytes.fixGptHeaderCrc(gpt, 512);
        assertThat(PartitionTableReader.read(new MemoryBlockDevice(gpt)).problems().get(0))
                .isEqualTo("the GPT header at sector 1 is unusable: 1000000 entries of 128 bytes is not a sane entry array");

        gpt = sfdiskGpt();
        header = ByteBuffer.wrap(gpt).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(512 + 72, Long.MAX_VALUE);
        DiskBytes.fixGptHeaderCrc(gpt, 512);
        assertThat(PartitionTableReader.read(new MemoryBlockDevice(gpt)).problems().get(0))
                .contains("the entry array at sector 9223372036854775807 lies outside the device");
    }

    @Test
    void gptEntriesAtSectorZeroBackwardsOrPastTheEndAreHandled() throws IOException {
        byte[] gpt = sfdiskGpt();
        ByteBuffer entries = ByteBuffer.wrap(gpt).order(ByteOrder.LITTLE_ENDIAN);
        entries.putLong(1024 + 32, 0).putLong(1024 + 40, 10);
        entries.putLong(1024 + 128 + 32, 4000).putLong(1024 + 128 + 40, -1L);
        DiskBytes.fixGptArrayCrc(gpt, 512);
        PartitionTable table = PartitionTableReader.read(new MemoryBlockDevice(gpt));
        assertThat(table.problems()).containsExactly(
                "partition 1 starts at sector 0, where the partition table lives; ignored",
                "partition 2 runs past the end of the device (it ends at sector 18446744073709551615, the device has "
                        + "8192 sectors); clipped to 4192 sectors");
        entries.putLong(1024 + 128 + 32, 4000).putLong(1024 + 128 + 40, 3999);
        DiskBytes.fixGptArrayCrc(gpt, 512);
        assertThat(PartitionTableReader.read(new MemoryBlockDevice(gpt)).problems())
                .contains("partition 2 ends (sector 3999) before it starts (sector 4000); ignored");
    }

    private PartitionTable read() throws IOException {
        return PartitionTableReader.read(new MemoryBlockDevice(disk));
    }

    /** A 4 MiB GPT disk from sfdisk: two partitions, primary header at 1, entries at 2, backup at the end. */
    private byte[] sfdiskGpt() throws IOException {
        Path image = dir.resolve("gpt" + System.nanoTime() + ".img");
        ImageFiles.create(image, 4 << 20);
        Sfdisk.apply(image, "label: gpt\nstart=2048, size=2048, type=" + PartitionTableReaderTest.LINUX
                + "\nstart=4096, size=4062, type=" + PartitionTableReaderTest.BASIC_DATA + "\n");
        return Files.readAllBytes(image);
    }
}
