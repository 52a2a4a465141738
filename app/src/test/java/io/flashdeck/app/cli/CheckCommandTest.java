package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fixtures;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.testing.MTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code flashdeck check [--repair]}: output and exit codes on clean, damaged and unreadable images. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    @Test
    void cleanVolumeExits0WithOneSummaryLine() throws IOException {
        volume("v.img", 16);

        CliRun check = run("check", "v.img");

        assertThat(check.code).as(check.toString()).isZero();
        assertThat(check.outLines()).containsExactly(
                "v.img: FAT16: 2 files, 1 directory, " + usedOfAll(dir.resolve("v.img"))
                        + " clusters used, 0 lost, 0 bad; no problems");
        assertThat(check.err).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.img --size 2M", "b.img --size 64M --label cam",
        "c.img --size 64M --layout mkfs --fat 32 --label pc"})
    void volumesFlashDeckFormatsCheckClean(String format) {
        String[] words = format.split(" ");
        CliRun formatted = run(Stream.concat(Stream.of("format", "--create"), Arrays.stream(words)).toArray(String[]::new));
        assertThat(formatted.code).as(formatted.toString()).isZero();

        CliRun check = run("check", words[0]);

        assertThat(check.code).as(check.toString()).isZero();
    }

    @Test
    void problemsAreListedOneLineEachAndExit1() throws IOException {
        Path image = damagedVolume();

        CliRun check = run("check", "v.img");

        assertThat(check.code).as(check.toString()).isEqualTo(1);
        assertThat(check.outLines()).containsExactly(
                "size mismatch: /A.TXT: has a size of 9000 bytes but a chain of 6 clusters (3072 bytes)",
                "lost clusters: cluster 1000: cluster 1000 is marked in use but belongs to no file or directory",
                "v.img: FAT12: 2 files, 1 directory, " + usedOfAll(image) + " clusters used, 1 lost, 0 bad; 2 problems");
        assertThat(check.err).isEmpty();
    }

    @Test
    void repairSaysWhatItFixedAndLeavesACleanVolume() throws IOException {
        Path image = damagedVolume();

        CliRun repair = run("check", "--repair", "v.img");

        assertThat(repair.code).as(repair.toString()).isZero();
        assertThat(repair.outLines()).containsExactly(
                "fixed: set the size of /A.TXT to 3072 bytes, the length of its chain",
                "fixed: freed lost cluster 1000",
                "v.img: FAT12: 2 files, 1 directory, " + usedOfAll(image) + " clusters used, 0 lost, 0 bad; no problems");
        Fsck.check(image).requireClean();
        assertThat(run("check", "v.img").code).isZero();
    }

    @Test
    void unreadableImageExits2WithOneLineOnStderr() throws IOException {
        Files.write(dir.resolve("junk.img"), new byte[4096]);

        CliRun check = run("check", "junk.img");

        assertThat(check.code).isEqualTo(2);
        assertThat(check.out).isEmpty();
        assertThat(check.errLines()).containsExactly("flashdeck: cannot check junk.img: damaged volume: boot sector: "
                + "signature at offset 510 is 0x0000, expected 0xAA55");
        assertThat(run("check", "--repair", "junk.img").errLines()).singleElement().asString()
                .contains("cannot be repaired without guessing");
    }

    @Test
    void fat32BootSectorComesBackFromItsBackup() throws IOException {
        Path image = volume("v.img", 32);
        new ImageDamage(image).setByte(13, 3);

        CliRun check = run("check", "v.img");
        assertThat(check.code).isEqualTo(2);
        assertThat(check.err).contains("the backup boot sector in sector 6 is intact: a repair restores it");

        CliRun repair = run("check", "--repair", "v.img");
        assertThat(repair.code).as(repair.toString()).isZero();
        assertThat(repair.outLines()).first().isEqualTo("fixed: restored the boot sector from its backup in sector 6");
        Fsck.check(image).requireClean();
    }

    @Test
    void whatCannotBeRepairedIsSaidAndExits1() throws IOException {
        Path image = volume("v.img", 32);
        ImageDamage damage = new ImageDamage(image);
        damage.setFat(2, damage.badCluster());

        CliRun repair = run("check", "--repair", "v.img");

        assertThat(repair.code).as(repair.toString()).isEqualTo(1);
        assertThat(repair.outLines()).contains("invalid first cluster: /: the root directory starts at cluster 2, "
                + "which is marked bad (cannot be repaired)");
    }

    @Test
    void partitionOfAnImageIsCheckedByNumber() throws IOException {
        Fixtures.unpackOofatfs("sd_mbr_fat16_48m.img", dir);

        CliRun check = run("check", "sd_mbr_fat16_48m.img@1");

        assertThat(check.code).as(check.toString()).isZero();
        assertThat(check.outLines()).singleElement().asString().startsWith("sd_mbr_fat16_48m.img@1: FAT16: ")
                .endsWith("; no problems");
        assertThat(run("check", "sd_mbr_fat16_48m.img@2").code).isEqualTo(2);
    }

    @Test
    void usageErrorsExit2() {
        assertThat(run("check").code).isEqualTo(2);
        CliRun missing = run("check", "missing.img");
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).contains("no such image file");
    }

    /** The FAT12 volume with a lost cluster, 1000, and A.TXT sized 9000 bytes beyond its chain. */
    private Path damagedVolume() throws IOException {
        Path image = volume("v.img", 12);
        ImageDamage damage = new ImageDamage(image);
        damage.setFat(1000, damage.endOfChain());
        damage.setSize(damage.slot("A.TXT"), 9000);
        return image;
    }

    /** A volume by mkfs.fat (512-byte clusters, two FATs) holding A.TXT (3000 bytes) and D/B.TXT (2000 bytes). */
    private Path volume(String name, int bits) throws IOException {
        Path image = FatImages.mkfs(dir.resolve(name), bits, bits == 32 ? 34000 : bits == 16 ? 4100 : 2000, "-s", "1");
        Path host = Files.createDirectories(dir.resolve("host-" + name));
        Files.write(host.resolve("A.TXT"), bytes(3000, 1));
        Files.createDirectories(host.resolve("D"));
        Files.write(host.resolve("D").resolve("B.TXT"), bytes(2000, 2));
        MTools.on(image).copyIn("::/", host.resolve("A.TXT"), host.resolve("D"));
        Fsck.check(image).requireClean();
        return image;
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Clusters in use and data clusters as fsck.fat counts them, "USED/ALL". */
    private static String usedOfAll(Path image) {
        String summary = Fsck.check(image).run().stdout().lines().filter(line -> line.endsWith(" clusters")).findFirst()
                .orElseThrow();
        return summary.replaceAll(".* (\\d+/\\d+) clusters$", "$1");
    }
}
