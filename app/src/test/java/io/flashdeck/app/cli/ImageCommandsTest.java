package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flashdeck.core.testing.Fixtures;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** info, df and format on real images, and whole trees through the command line into images and out again. */
class ImageCommandsTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    @Test
    void createdImagesPassFsckAndTakeFilesFromMtools() throws IOException {
        CliRun created = run("format", "--create", "new.img", "--size", "4111K", "--label", "openmv");
        assertThat(created.code).as(created.toString()).isZero();
        assertThat(created.out).contains("FAT16", "1 FAT", "label OPENMV");
        Fsck.assertClean(dir.resolve("new.img"));
        Path file = Files.writeString(dir.resolve("m.txt"), "mtools was here");
        MTools.on(dir.resolve("new.img")).copyIn("::/M.TXT", file);
        assertThat(run("cat", "new.img:/m.txt").out).isEqualTo("mtools was here");

        CliRun mkfsStyle = run("format", "--create", "two.img", "--size", "64M", "--layout", "mkfs", "--fat", "32");
        assertThat(mkfsStyle.out).as(mkfsStyle.toString()).contains("FAT32", "2 FATs");
        Fsck.assertClean(dir.resolve("two.img"));
    }

    @Test
    void formatRefusesWithoutYesAndSaysWhatWouldBeLost() throws IOException {
        run("format", "--create", "cam.img", "--size", "2M");
        Files.writeString(dir.resolve("main.py"), "print('hi')\n");
        run("cp", "main.py", "cam.img:/");
        CliRun refused = run("format", "cam.img");
        assertThat(refused.code).isEqualTo(1);
        assertThat(refused.err).contains("erases 1 file (12 bytes) on cam.img", "--yes");
        assertThat(run("cat", "cam.img:/main.py").out).isEqualTo("print('hi')\n");

        CliRun done = run("format", "cam.img", "--yes");
        assertThat(done.code).as(done.toString()).isZero();
        assertThat(run("ls", "cam.img:/").out).isEmpty();
        Fsck.assertClean(dir.resolve("cam.img"));
    }

    @Test
    void infoAndDfDescribeAPartitionedFixture() throws IOException {
        Fixtures.unpackOofatfs("sd_mbr_fat16_48m.img", dir);
        CliRun info = run("info", "sd_mbr_fat16_48m.img");
        assertThat(info.code).as(info.toString()).isZero();
        assertThat(info.out).contains("MBR partition table, 1 partition", "partition 1, the only FAT partition",
                "FAT16", "4 KiB clusters (12,277)", "1 FAT of 49 sectors");

        CliRun df = run("df", "--json", "sd_mbr_fat16_48m.img@1");
        JsonNode node = new ObjectMapper().readTree(df.out);
        assertThat(node.get("fs").asText()).isEqualTo("fat");
        assertThat(node.get("type").asText()).isEqualTo("FAT16");
        assertThat(node.get("size").asLong()).isEqualTo(12_277L * 4096);
        assertThat(node.get("free").asLong()).isLessThan(node.get("size").asLong());
    }

    @Test
    void dfKeepsItsColumnsBelowAVolumeNameLongerThanTheirs() throws IOException {
        Fixtures.unpackOofatfs("sd_mbr_fat16_48m.img", dir);
        Path deep = Files.createDirectories(dir.resolve("backups/camera-one"));
        Files.move(dir.resolve("sd_mbr_fat16_48m.img"), deep.resolve("sd_mbr_fat16_48m.img"));
        CliRun df = run("df", "backups/camera-one/sd_mbr_fat16_48m.img@1");
        assertThat(df.code).as(df.toString()).isZero();

        List<String> lines = df.out.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo("backups/camera-one/sd_mbr_fat16_48m.img@1");
        int typeColumn = lines.get(0).indexOf("Type");
        assertThat(lines.get(2).indexOf("FAT16")).isEqualTo(typeColumn);
        assertThat(lines.get(2).length()).isEqualTo(lines.get(0).length());
    }

    @Test
    void notAnImageIsAClearFailure() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        CliRun info = run("info", "notes.txt");
        assertThat(info.code).isEqualTo(1);
        assertThat(info.errLines()).singleElement().asString()
                .startsWith("flashdeck: cannot describe notes.txt: no FAT file system found in notes.txt");
        assertThat(run("df", "missing.img").code).isEqualTo(2);
    }

    /** A seeded tree into a partitioned image and out again, through the command line. */
    @Test
    void treesRoundTripThroughPartitionedImages() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        RandomTree.create(tree, 77, 120, 150_000);
        Fixtures.unpackOofatfs("sd_mbr_fat16_48m.img", dir);
        CliRun in = run("cp", "-r", "tree", "sd_mbr_fat16_48m.img@1:/");
        assertThat(in.code).as(in.toString()).isZero();
        CliRun out = run("cp", "-r", "sd_mbr_fat16_48m.img:/tree", "back");
        assertThat(out.code).as(out.toString()).isZero();
        assertThat(TreeSnapshot.ofHost(dir.resolve("back"))).isEqualTo(TreeSnapshot.ofHost(tree));

        // Stored as plain Unicode long names, a PC tool reads the same names back.
        assertThat(run("--pc-names", "cp", "-r", "tree", "sd_mbr_fat16_48m.img:/pc").code).isZero();
        Path viaMtools = Files.createDirectories(dir.resolve("mtools"));
        MTools.on(dir.resolve("sd_mbr_fat16_48m.img"), 2048L * 512).copyOut("::/pc", viaMtools);
        Map<String, String> expected = TreeSnapshot.ofHost(tree);
        assertThat(TreeSnapshot.ofHost(viaMtools.resolve("pc"))).isEqualTo(expected);
        Fsck.assertClean(partitionOf(dir.resolve("sd_mbr_fat16_48m.img"), 2048L * 512));
    }

    /** fsck.fat takes no offset: the partition is checked as a file of its own. */
    private Path partitionOf(Path image, long offset) throws IOException {
        byte[] all = Files.readAllBytes(image);
        return Files.write(dir.resolve("partition.img"), Arrays.copyOfRange(all, (int) offset, all.length));
    }

    @Test
    void pcNamesStoreUnicodeLongNames() throws IOException {
        run("format", "--create", "pc.img", "--size", "1M");
        Files.writeString(dir.resolve("é.txt"), "accent");
        run("--pc-names", "cp", "é.txt", "pc.img:/");
        run("cp", "é.txt", "pc.img:/cam-é.txt");
        Path out = Files.createDirectories(dir.resolve("out"));
        MTools.on(dir.resolve("pc.img")).copyOut("::/", out);
        // mtools decodes long names as Unicode: the PC name reads as written, the camera one as CP437 mojibake.
        assertThat(out.resolve("é.txt")).hasContent("accent");
        assertThat(out.resolve("cam-├⌐.txt")).hasContent("accent");
        assertThat(run("ls", "pc.img:/").outLines()).containsExactlyInAnyOrder("cam-é.txt", "é.txt");
    }
}
