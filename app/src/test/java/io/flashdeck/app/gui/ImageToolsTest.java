package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.gui.image.ClusterMapCanvas;
import io.flashdeck.core.fat.check.ClusterMap;
import io.flashdeck.core.fat.check.ClusterState;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.image.ImageFormatter;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.testing.MTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Image menu on real images: Info… agrees with minfo, Check… lists the damage ImageDamage made
 * and Repair… leaves an image fsck.fat calls clean, the cluster map names a file under the pointer,
 * and New image… makes an image fsck.fat accepts and opens it.
 */
class ImageToolsTest {

    @TempDir
    Path dir;

    private RunningApp start() throws Exception {
        return RunningApp.start(RunningApp.environment(dir.resolve("state"), Files.createDirectories(dir.resolve("home"))));
    }

    @Test
    void infoShowsTheGeometryMinfoReads() throws Exception {
        CameraImage image = CameraImage.create(dir.resolve("flash.img"));
        Map<String, String> minfo = MTools.on(image.file).minfo();
        try (RunningApp app = start()) {
            app.openImage(image);
            app.imageMenu("Info…");
            assertThat(app.labelText("#fact-bytes-per-sector") + " bytes").isEqualTo(minfo.get("sector size"));
            assertThat(app.labelText("#fact-sectors-per-cluster")).startsWith(minfo.get("cluster size").split(" ")[0] + " (");
            assertThat(app.labelText("#fact-fat-size")).isEqualTo(minfo.get("fats") + " FAT of "
                    + minfo.get("sectors per fat") + " sectors");
            assertThat(app.labelText("#fact-root-directory"))
                    .isEqualTo(minfo.get("max available root directory slots") + " root entries");
            assertThat(app.labelText("#fact-total-sectors").replace(",", ""))
                    .isEqualTo(minfo.get("small size").split(" ")[0]);
            assertThat(app.labelText("#fact-volume-id").replace("-", "")).isEqualTo(minfo.get("serial number"));
            assertThat(app.labelText("#fact-label")).isEqualTo("\"OPENMV\"");
            assertThat(app.labelText("#fact-file-system")).isEqualTo("FAT12");
            assertThat(app.labelText("#fact-partition-table")).startsWith("no partition table");
            assertThat(app.labelText("#fact-used")).endsWith("of 8.0 MiB");
            app.screenshotWithDialog("image-info");
            app.clickDialogButton("Close");

            // The image's row in the sidebar offers the same tools.
            app.sidebar().openMenu(image.file.getFileName().toString());
            app.robot.clickOn("#place-image-info");
            app.awaitNode("#fact-file-system");
            assertThat(app.labelText("#fact-file-system")).isEqualTo("FAT12");
            app.clickDialogButton("Close");
        }
    }

    @Test
    void checkListsTheDamageAndRepairMakesFsckHappy() throws Exception {
        Path file = FatImages.mkfs(dir.resolve("damaged.img"), 16, 32768);
        Path host = Files.createDirectories(dir.resolve("files"));
        MTools mtools = MTools.on(file);
        for (String name : List.of("ONE.TXT", "TWO.TXT", "THREE.TXT")) {
            Files.write(host.resolve(name), new byte[20_000]);
            mtools.copyIn("::/" + name, host.resolve(name)).requireSuccess();
        }
        ImageDamage damage = new ImageDamage(file);
        damage.crossLink(damage.firstCluster(damage.slot("ONE.TXT")), damage.firstCluster(damage.slot("TWO.TXT")));
        long lost = damage.freeCluster(2);
        damage.setFat(lost, damage.endOfChain());
        damage.setSize(damage.slot("THREE.TXT"), 90_000);
        assertThat(Fsck.check(file).warnings()).isNotEmpty();

        try (RunningApp app = start()) {
            app.fxRun(() -> app.window().images().open(file));
            app.awaitDirectory(app.left(), "image:" + file.toRealPath(), "/");
            app.imageMenu("Check…");
            app.awaitNode(".problem-kind");
            List<String> headings = app.fx(() -> app.robot.lookup(".problem-kind").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList());
            assertThat(headings).anyMatch(h -> h.startsWith("Cross-linked (")).anyMatch(h -> h.startsWith("Lost clusters ("))
                    .anyMatch(h -> h.startsWith("Size mismatch ("));
            List<String> problems = app.fx(() -> app.robot.lookup(".problem").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList());
            assertThat(problems).anyMatch(p -> p.startsWith("/THREE.TXT: "));
            app.screenshotWithDialog("check-report");

            app.clickDialogButton("Repair…");
            app.await("the repair confirmation", () -> app.dialogCount() == 2);
            app.clickDialogButton("Repair");
            app.await("the repair's result", () -> app.robot.lookup(".check-clean").tryQuery().isPresent());
            assertThat(app.fx(() -> app.robot.lookup(".repair-action").queryAll().size())).isPositive();
            Fsck.assertClean(file);
            app.awaitDirectory(app.left(), "image:" + file.toRealPath(), "/");
            assertThat(app.names(app.left())).containsExactlyInAnyOrder("ONE.TXT", "TWO.TXT", "THREE.TXT");
            app.clickDialogButton("Close");
        }
    }

    @Test
    void clusterMapNamesTheFileUnderThePointer() throws Exception {
        CameraImage image = CameraImage.create(dir.resolve("flash.img"));
        try (RunningApp app = start()) {
            app.openImage(image);
            app.imageMenu("Cluster map…");
            ClusterMapCanvas canvas = app.awaitNode("#cluster-map");
            int cell = app.fx(() -> {
                List<ClusterMap.Cell> cells = canvas.map().cells();
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i).owner().filter("/model.tflite"::equals).isPresent()) {
                        return i;
                    }
                }
                throw new AssertionError("no cell of /model.tflite");
            });
            assertThat(app.labelText("#legend-file")).startsWith("file ");
            Point2D point = app.fx(() -> canvas.localToScreen(canvas.centreOf(cell)));
            app.robot.moveTo(point);
            app.await("the hover naming the file", () -> app.labelText("#map-hover").endsWith("file, /model.tflite"));
            app.screenshotWithDialog("cluster-map");

            // A wider window gets larger squares; the pointer still finds the file's square.
            double before = app.fx(canvas::getWidth);
            app.fxRun(() -> canvas.getScene().getWindow().setWidth(canvas.getScene().getWindow().getWidth() + 300));
            app.await("the map redrawn wider", () -> canvas.getWidth() > before + 200);
            app.robot.moveTo(app.fx(() -> canvas.localToScreen(canvas.centreOf(cell))));
            app.await("the hover naming the file", () -> app.labelText("#map-hover").endsWith("file, /model.tflite"));
            app.clickDialogButton("Close");
        }
    }

    @Test
    void clusterMapOfA32GibVolumeGathersClustersIntoSquares() throws Exception {
        Path file = dir.resolve("sd.img");
        ImageFormatter.create(file, 32L << 30, FormatOptions.defaults());
        try (RunningApp app = start()) {
            app.fxRun(() -> app.window().images().open(file));
            app.awaitDirectory(app.left(), "image:" + file.toRealPath(), "/");
            app.imageMenu("Cluster map…");
            ClusterMapCanvas canvas = app.awaitNode("#cluster-map");
            ClusterMap map = app.fx(canvas::map);
            assertThat(map.clustersPerCell()).isGreaterThan(1);
            assertThat(map.cells()).hasSizeLessThanOrEqualTo(1 << 14);
            assertThat(app.labelText("#legend-free")).startsWith(String.format("free %,d (", map.total(ClusterState.FREE)));
            app.robot.moveTo(app.fx(() -> canvas.localToScreen(canvas.centreOf(0))));
            app.await("the hover naming the root", () -> app.labelText("#map-hover")
                    .matches("Clusters 2–\\d+: free, /"));
            app.clickDialogButton("Close");
        }
    }

    @Test
    void newImageIsCleanAndOpensInThePane() throws Exception {
        Path file = dir.resolve("fresh.img");
        try (RunningApp app = start()) {
            app.imageMenu("New image…");
            TextField path = app.awaitNode("#new-image-file");
            app.fxRun(() -> path.setText(file.toString()));
            TextField size = app.awaitNode("#new-image-size");
            app.fxRun(() -> size.setText("20"));
            TextField label = app.awaitNode("#new-image-label");
            app.fxRun(() -> label.setText("FRESH"));
            app.clickDialogButton("Create");
            app.awaitDirectory(app.left(), "image:" + dir.toRealPath().resolve("fresh.img"), "/");
            assertThat(Files.size(file)).isEqualTo(20L << 20);
            Fsck.assertClean(file);
            Map<String, String> minfo = MTools.on(file).minfo();
            assertThat(minfo.get("fats")).isEqualTo("1"); // MicroPython's layout by default
            assertThat(minfo.get("disk label")).isEqualTo("\"FRESH      \"");
        }
    }
}
