package io.flashdeck.core.fat.check;

import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.testing.ExternalTool;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The cluster map against mtools' and fsck.fat's view of the same volumes, damaged and not. */
class ClusterMapTest extends LabTest {

    private static final Pattern FSCK_CLUSTERS = Pattern.compile("(\\d+)/(\\d+) clusters");

    @EveryFatWidth
    void everyClusterOfEveryFileIsMapped(int bits) throws IOException {
        Path image = lab.volume(bits, "map");
        ClusterMap map = map(image, Integer.MAX_VALUE);

        assertThat(map.clustersPerCell()).isEqualTo(1);
        assertThat(map.cells()).hasSize((int) map.clusterCount());
        MTools mtools = MTools.on(image);
        Map<String, String> files = Map.of("::/A.TXT", "/A.TXT", "::/KEEP.BIN", "/KEEP.BIN",
                "::/Long File Name.txt", "/Long File Name.txt", "::/SUB/DEEP/X.TXT", "/SUB/DEEP/X.TXT");
        for (Map.Entry<String, String> file : files.entrySet()) {
            for (long[] run : mtools.clusters(file.getKey())) {
                for (long cluster = run[0]; cluster <= run[1]; cluster++) {
                    ClusterMap.Cell cell = cell(map, cluster);
                    assertThat(cell.dominant()).as("cluster %d", cluster).isEqualTo(ClusterState.FILE);
                    assertThat(cell.owner()).hasValue(file.getValue());
                }
            }
        }
        for (long[] run : mtools.clusters("::/SUB")) {
            assertThat(cell(map, run[0]).dominant()).isEqualTo(ClusterState.DIRECTORY);
            assertThat(cell(map, run[0]).owner()).hasValue("/SUB");
        }
        long used = fsckUsedClusters(image);
        assertThat(map.total(ClusterState.FILE) + map.total(ClusterState.DIRECTORY)).isEqualTo(used);
        assertThat(map.total(ClusterState.FREE)).isEqualTo(map.clusterCount() - used);
    }

    @EveryFatWidth
    void damageShowsWhereItIs(int bits) throws IOException {
        Path image = lab.volume(bits, "damagedmap");
        ImageDamage damage = new ImageDamage(image);
        long lost = damage.freeCluster(900);
        damage.setFat(lost, damage.endOfChain());
        long bad = damage.freeCluster(lost + 1);
        damage.setFat(bad, damage.badCluster());
        long reserved = damage.freeCluster(bad + 1);
        damage.setFat(reserved, 1);
        List<Long> a = damage.chain(damage.firstCluster(damage.slot("A.TXT")));
        List<Long> b = damage.chain(damage.firstCluster(damage.slot("B.TXT")));
        damage.setFat(b.get(b.size() - 1), a.get(3));

        ClusterMap map = map(image, Integer.MAX_VALUE);
        assertThat(cell(map, lost).dominant()).isEqualTo(ClusterState.LOST);
        assertThat(cell(map, bad).dominant()).isEqualTo(ClusterState.BAD);
        assertThat(cell(map, reserved).dominant()).isEqualTo(ClusterState.RESERVED);
        for (Long shared : a.subList(3, a.size())) {
            assertThat(cell(map, shared).dominant()).isEqualTo(ClusterState.CROSS_LINKED);
            assertThat(cell(map, shared).owner()).hasValue("/A.TXT");
        }
        assertThat(cell(map, a.get(2)).dominant()).isEqualTo(ClusterState.FILE);
        assertThat(map.total(ClusterState.CROSS_LINKED)).isEqualTo(a.size() - 3);
    }

    @Test
    void runsAreGatheredIntoAtMostTheCellsAsked() throws IOException {
        Path image = lab.volume(32, "cells");
        ClusterMap map = map(image, 100);

        assertThat(map.cells()).hasSizeLessThanOrEqualTo(100);
        assertThat(map.cells().get(0).firstCluster()).isEqualTo(2);
        assertThat(map.cells().get(map.cells().size() - 1).lastCluster()).isEqualTo(map.clusterCount() + 1);
        long counted = 0;
        for (ClusterMap.Cell cell : map.cells()) {
            assertThat(cell.lastCluster() - cell.firstCluster() + 1).isLessThanOrEqualTo(map.clustersPerCell());
            for (ClusterState state : ClusterState.values()) {
                counted += cell.count(state);
            }
        }
        assertThat(counted).isEqualTo(map.clusterCount());
        ClusterMap.Cell first = map.cells().get(0);
        assertThat(first.count(ClusterState.DIRECTORY)).isPositive();
        assertThat(first.owner()).hasValue("/");
        assertThat(map.cells().get(50).dominant()).isEqualTo(ClusterState.FREE);
        assertThat(map.cells().get(50).owner()).isEmpty();
    }

    static ClusterMap map(Path image, int maxCells) throws IOException {
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            return ClusterMap.build(FatFileSystem.open(device, true), maxCells);
        }
    }

    private static ClusterMap.Cell cell(ClusterMap map, long cluster) {
        ClusterMap.Cell cell = map.cells().get((int) ((cluster - 2) / map.clustersPerCell()));
        assertThat(cluster).isBetween(cell.firstCluster(), cell.lastCluster());
        return cell;
    }

    private static long fsckUsedClusters(Path image) {
        ExternalTool.Result run = Fsck.check(image).requireClean().run();
        Matcher matcher = FSCK_CLUSTERS.matcher(run.stdout());
        assertThat(matcher.find()).as(run.transcript()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
