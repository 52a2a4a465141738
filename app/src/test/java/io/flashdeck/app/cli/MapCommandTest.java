package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.check.ClusterState;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.testing.MTools;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flashdeck map IMAGE --png OUT.png}: the picture ImageIO reads back, and its errors. */
class MapCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    @Test
    void pictureShowsFilesFreeAndLostClusters() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 12, 2000, "-s", "1");
        MTools.on(image).copyIn("::/", Files.write(dir.resolve("PHOTO.JPG"), new byte[40_000]));
        ImageDamage damage = new ImageDamage(image);
        damage.setFat(3000, damage.endOfChain());

        CliRun map = run("map", "v.img", "--png", "out.png");

        assertThat(map.code).as(map.toString()).isZero();
        BufferedImage picture = ImageIO.read(dir.resolve("out.png").toFile());
        assertThat(picture.getWidth()).isEqualTo(512);
        Set<Integer> colours = cellColours(picture);
        assertThat(colours).contains(rgb(ClusterState.FREE), rgb(ClusterState.FILE), rgb(ClusterState.LOST))
                .doesNotContain(rgb(ClusterState.CROSS_LINKED));
        assertThat(map.outLines()).singleElement().asString()
                .startsWith("out.png: 512 x " + picture.getHeight() + " px, 3943 cells of 1 cluster for 3943 clusters: ")
                .contains("% free", "% file", "% lost");
    }

    @Test
    void widthIsChosen() throws IOException {
        FatImages.mkfs(dir.resolve("v.img"), 16, 20000);

        CliRun map = run("map", "v.img", "--png", "narrow.png", "--width", "200");

        assertThat(map.code).as(map.toString()).isZero();
        assertThat(ImageIO.read(dir.resolve("narrow.png").toFile()).getWidth()).isEqualTo(200);
    }

    @Test
    void errorsAreSaid() throws IOException {
        FatImages.mkfs(dir.resolve("v.img"), 16, 20000);
        Files.write(dir.resolve("junk.img"), new byte[4096]);

        assertThat(run("map", "v.img").code).isEqualTo(2);
        assertThat(run("map", "v.img", "--png", "x.png", "--width", "10").code).isEqualTo(2);
        CliRun junk = run("map", "junk.img", "--png", "x.png");
        assertThat(junk.code).isEqualTo(1);
        assertThat(junk.errLines()).singleElement().asString().startsWith("flashdeck: cannot map junk.img: ");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    /** The colours of the cells, the picture above its legend strip. */
    private static Set<Integer> cellColours(BufferedImage picture) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < picture.getHeight() - 40; y += MapCommand.CELL) {
            for (int x = 0; x < picture.getWidth(); x += MapCommand.CELL) {
                colours.add(picture.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }

    private static int rgb(ClusterState state) {
        return MapCommand.COLOURS.get(state).getRGB() & 0xFFFFFF;
    }
}
