package io.flashdeck.core.fat;

import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.ExternalTool;
import io.flashdeck.core.volume.CorruptVolumeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BootSectorTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0} {1} KiB {2}")
    @CsvSource({
            "12, 1440, ''",
            "12, 2000, -s 1 -f 1",
            "12, 8000, -S 4096 -s 1",
            "16, 16384, -s 2",
            "16, 65536, -f 1 -r 512",
            "16, 32768, -S 2048 -s 1",
            "32, 40000, -s 1",
            "32, 102400, -s 8 -f 1",
            "32, 300000, -S 4096 -s 1",
    })
    void agreesWithFsckOnTheLayoutOfMkfsVolumes(int bits, long sizeKb, String options) throws IOException {
        Path image = TestVolumes.mkfs(dir, bits, sizeKb, options);
        BootSector boot = parse(image);
        String report = ExternalTool.run("fsck.fat", "-n", "-v", image.toString()).stdout();

        assertThat(boot.fatType().displayName()).isEqualTo("FAT" + bits);
        assertThat(boot.clusterCount()).isEqualTo(number(report, "(\\d+) data clusters"));
        assertThat(boot.fatCount()).isEqualTo(number(report, "(\\d+) FATs"));
        FatLayout layout = boot.layout();
        assertThat(layout.fatOffset(0)).isEqualTo(number(report, "First FAT starts at byte (\\d+)"));
        assertThat(layout.fatBytes()).isEqualTo(number(report, "(\\d+) bytes per FAT"));
        assertThat(layout.dataOffset()).isEqualTo(number(report, "Data area starts at byte (\\d+)"));
        assertThat((long) layout.clusterBytes()).isEqualTo(number(report, "(\\d+) bytes per cluster"));
        if (bits == 32) {
            assertThat(boot.rootCluster()).isEqualTo(number(report, "Root directory start at cluster (\\d+)"));
            assertThat(boot.fsInfoSector()).contains(1);
        } else {
            assertThat(layout.rootDirOffset()).isEqualTo(number(report, "Root directory starts at byte (\\d+)"));
            assertThat((long) boot.rootEntryCount()).isEqualTo(number(report, "(\\d+) root directory entries"));
            assertThat(boot.fsInfoSector()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "signature at offset 510 is 0x0000 | 510 | 2 | 0",
            "bytes per sector is 1000         | 11  | 2 | 1000",
            "bytes per sector is 256          | 11  | 2 | 256",
            "bytes per sector is 8192         | 11  | 2 | 8192",
            "sectors per cluster is 3         | 13  | 1 | 3",
            "sectors per cluster is 0         | 13  | 1 | 0",
            "reserved sector count is 0       | 14  | 2 | 0",
            "number of FATs is 0              | 16  | 1 | 0",
            "root entry count is 0            | 17  | 2 | 0",
            "total sector count is 65535      | 19  | 2 | 65535",
            "total sector count is 100        | 19  | 2 | 100",
            "sectors per FAT is 3442016384    | 22  | 2 | 0",
            "sectors per FAT is 2             | 22  | 2 | 2",
    })
    void namesTheBrokenFieldOfADamagedFat16BootSector(String message, int offset, int width, long value)
            throws IOException {
        byte[] sector = firstSector(FatImages.mkfs(dir.resolve("v.img"), 16, 16384, "-s", "4", "-i", "1234ABCD"));
        put(sector, offset, width, value);

        assertThatThrownBy(() -> BootSector.parse(sector, 16384 * 1024L))
                .isInstanceOf(CorruptVolumeException.class)
                .hasMessageStartingWith("boot sector: " + message.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "root directory cluster is 0          | 44 | 4 | 0",
            "root directory cluster is 4294967295 | 44 | 4 | 4294967295",
            "root entry count is 16               | 17 | 2 | 16",
            "FAT32 version is 1.0                 | 42 | 2 | 256",
            "total sector count is 4294967295     | 32 | 4 | 4294967295",
            "sectors per FAT is 3                 | 36 | 4 | 3",
    })
    void namesTheBrokenFieldOfADamagedFat32BootSector(String message, int offset, int width, long value)
            throws IOException {
        byte[] sector = firstSector(FatImages.mkfs(dir.resolve("v.img"), 32, 40000, "-s", "1"));
        put(sector, offset, width, value);

        assertThatThrownBy(() -> BootSector.parse(sector, 40000 * 1024L))
                .isInstanceOf(CorruptVolumeException.class)
                .hasMessageStartingWith("boot sector: " + message.trim());
    }

    @Test
    void refusesAVolumeLargerThanTheDevice() throws IOException {
        byte[] sector = firstSector(FatImages.mkfs(dir.resolve("v.img"), 16, 16384));

        assertThatThrownBy(() -> BootSector.parse(sector, 8192 * 1024L))
                .isInstanceOf(CorruptVolumeException.class)
                .hasMessageContaining("total sector count is 32768")
                .hasMessageContaining("the device holds 8388608 bytes");
    }

    @Test
    void refusesATruncatedSector() {
        assertThatThrownBy(() -> BootSector.parse(new byte[100], 1 << 20))
                .isInstanceOf(CorruptVolumeException.class)
                .hasMessageContaining("only 100 bytes");
    }

    @ParameterizedTest(name = "{0} clusters make {1}")
    @CsvSource({"4084, FAT12", "4085, FAT12", "4086, FAT16", "65524, FAT16", "65525, FAT16"})
    void drawsTheLinesBetweenTypesWhereFatFsDoes(long clusters, FatType expected) throws IOException {
        int fatSectors = (int) ((clusters + 2) * 2 / 512 + 1);
        long totalSectors = 1 + fatSectors + 32 + clusters;
        ByteBuffer bpb = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        bpb.putShort(11, (short) 512).put(13, (byte) 1).putShort(14, (short) 1).put(16, (byte) 1)
                .putShort(17, (short) 512).putInt(32, (int) totalSectors).putShort(22, (short) fatSectors)
                .putShort(510, (short) 0xAA55);

        BootSector boot = BootSector.parse(bpb.array(), totalSectors * 512);

        assertThat(boot.clusterCount()).isEqualTo(clusters);
        assertThat(boot.fatType()).isEqualTo(expected);
        assertThat(FatType.forClusterCount(65526)).isEqualTo(FatType.FAT32);
    }

    @Test
    void readsTheLabelOfTheExtendedBpb() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 32, 40000, "-n", "CAMERA");

        BootSector boot = parse(image);

        assertThat(boot.label()).hasValueSatisfying(label -> assertThat(new String(label)).isEqualTo("CAMERA     "));
        assertThat(boot.labelOffset()).isEqualTo(71);
    }

    private BootSector parse(Path image) throws IOException {
        return BootSector.parse(firstSector(image), Files.size(image));
    }

    private static byte[] firstSector(Path image) throws IOException {
        try (InputStream in = Files.newInputStream(image)) {
            return in.readNBytes(BootSector.SIZE);
        }
    }

    private static void put(byte[] sector, int offset, int width, long value) {
        for (int i = 0; i < width; i++) {
            sector[offset + i] = (byte) (value >>> 8 * i);
        }
    }

    private static long number(String report, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(report);
        assertThat(matcher.find()).as(regex + " in\n" + report).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
