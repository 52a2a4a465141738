package io.flashdeck.core.partition;

import static io.flashdeck.core.testing.DiskBytes.mbrEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.format.ImageFiles;
import io.flashdeck.core.testing.DiskBytes;
import io.flashdeck.core.testing.Sfdisk;
import io.flashdeck.core.testing.StrictDevice;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random garbage in sector 0, EBR chains, GPT headers and entries, and boot sectors: the
 * reader and locator answer or throw IOException, never an unchecked exception, never a read
 * outside the device or larger than the bounded GPT array, never a hang.
 */
class HostilePartitionInputTest {

    private static final int ROUNDS = 2000;
    private static final int SECTORS = 256;
    private static final int MAX_READ = GptHeader.MAX_ARRAY_BYTES;

    /** How the rounds of one test ended, to show the garbage reached every outcome. */
    private final Outcomes outcomes = new Outcomes();

    private static final class Outcomes {
        int withPartitions;
        int withProblems;
        int located;
    }

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void randomMbrsAndEbrChains() {
        for (int seed = 0; seed < ROUNDS; seed++) {
            Random random = new Random(seed);
            byte[] disk = new byte[SECTORS * 512];
            random.nextBytes(disk);
            for (int sector = 0; sector < SECTORS; sector++) {
                if (random.nextInt(3) > 0) {
                    for (int slot = 0; slot < 4; slot++) {
                        mbrEntry(disk, sector * 512L, slot, random.nextBoolean() ? 0 : 0x80, pickType(random),
                                pickLba(random), pickLba(random));
                    }
                }
            }
            survives(seed, disk);
        }
        assertThat(outcomes.withPartitions).isPositive();
        assertThat(outcomes.withProblems).isPositive();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void mutatedGptHeadersAndEntries() throws IOException {
        Path image = dir.resolve("gpt.img");
        ImageFiles.create(image, SECTORS * 512);
        Sfdisk.apply(image, "label: gpt\nfirst-lba: 34\nstart=40, size=100, type="
                + PartitionTableReaderTest.BASIC_DATA + "\nstart=150, size=50, type=" + PartitionTableReaderTest.LINUX + "\n");
        byte[] base = Files.readAllBytes(image);
        for (int seed = 0; seed < ROUNDS; seed++) {
            Random random = new Random(seed);
            byte[] disk = base.clone();
            int header = random.nextBoolean() ? 512 : disk.length - 512;
            ByteBuffer fields = ByteBuffer.wrap(disk).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = random.nextInt(4); i >= 0; i--) {
                switch (random.nextInt(5)) {
                    case 0 -> fields.putInt(header + 12, random.nextInt(700));
                    case 1 -> fields.putInt(header + 80, random.nextBoolean() ? random.nextInt() : random.nextInt(300));
                    case 2 -> fields.putInt(header + 84, random.nextBoolean() ? random.nextInt() : 8 * random.nextInt(80));
                    case 3 -> fields.putLong(header + 72 - 8 * random.nextInt(5), pickLba(random) - random.nextInt(3));
                    default -> fields.putLong(1024 + 128 * random.nextInt(4) + 32 + 8 * random.nextInt(2), pickLba(random));
                }
            }
            DiskBytes.fixGptArrayCrc(disk, header);
            if (random.nextInt(4) == 0) {
                disk[random.nextInt(disk.length)] ^= (byte) (1 + random.nextInt(255));
            }
            survives(seed, disk);
        }
        assertThat(outcomes.withPartitions).isGreaterThan(ROUNDS / 100);
        assertThat(outcomes.withProblems).isGreaterThan(ROUNDS / 100);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void randomBootSectorsInsidePartitions() {
        for (int seed = 0; seed < ROUNDS; seed++) {
            Random random = new Random(seed);
            byte[] disk = new byte[SECTORS * 512];
            random.nextBytes(disk);
            mbrEntry(disk, 0, 0, 0, 0x0C, 8, SECTORS - 8);
            int boot = random.nextBoolean() ? 0 : 8 * 512;
            byte[] sector = new byte[512];
            random.nextBytes(sector);
            sector[0] = (byte) 0xEB;
            byte[] fat = (random.nextBoolean() ? "FAT" : "FAT32").getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(fat, 0, sector, fat.length == 3 ? 54 : 82, fat.length);
            sector[510] = 0x55;
            sector[511] = (byte) 0xAA;
            plausibleBpb(random, ByteBuffer.wrap(sector).order(ByteOrder.LITTLE_ENDIAN));
            System.arraycopy(sector, 0, disk, boot, 512);
            survives(seed, disk);
        }
        assertThat(outcomes.located).isGreaterThan(ROUNDS / 100);
    }

    private void survives(int seed, byte[] disk) {
        StrictDevice device = new StrictDevice(disk, MAX_READ);
        try {
            PartitionTable table = PartitionTableReader.read(device);
            table.description();
            outcomes.withPartitions += table.partitions().isEmpty() ? 0 : 1;
            outcomes.withProblems += table.problems().isEmpty() ? 0 : 1;
            attempt(() -> VolumeLocator.locate(device, "hostile.img", null).describe());
            attempt(() -> VolumeLocator.locate(device, "hostile.img", 1 + seed % 6).describe());
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("seed " + seed + ": " + e, e);
        }
    }

    /** Runs a step that may refuse the input with an IOException; anything else fails the test. */
    private void attempt(IoStep step) {
        try {
            step.run();
            outcomes.located++;
        } catch (IOException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("an IOException without a message", refused);
            }
        }
    }

    /** BPB fields that are mostly believable, so that some boot sectors pass and the edges get probed. */
    private static void plausibleBpb(Random random, ByteBuffer bpb) {
        if (random.nextInt(5) > 0) {
            bpb.putShort(11, (short) (512 << random.nextInt(4)));
        }
        if (random.nextInt(5) > 0) {
            bpb.put(13, (byte) (1 << random.nextInt(8)));
        }
        if (random.nextInt(5) > 0) {
            bpb.putShort(14, (short) random.nextInt(40));
            bpb.put(16, (byte) random.nextInt(3));
            bpb.putShort(17, (short) (16 * random.nextInt(40)));
        }
        if (random.nextInt(5) > 0) {
            bpb.putShort(19, (short) (random.nextBoolean() ? 0 : random.nextInt(SECTORS)));
            bpb.putInt(32, random.nextInt(SECTORS));
            bpb.putShort(22, (short) (random.nextBoolean() ? 0 : random.nextInt(8)));
            bpb.putInt(36, random.nextInt(8));
        }
    }

    private interface IoStep {
        Object run() throws IOException;
    }

    private static int pickType(Random random) {
        int[] types = {0x00, 0x05, 0x0F, 0x85, 0xEE, 0x0C, 0x06, 0x01, 0x83};
        return random.nextInt(4) == 0 ? random.nextInt(256) : types[random.nextInt(types.length)];
    }

    private static long pickLba(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return 0;
            case 1:
                return random.nextInt(SECTORS + 4);
            case 2:
                return 0xFFFFFFFFL - random.nextInt(4);
            default:
                return random.nextInt() & 0xFFFFFFFFL;
        }
    }
}
