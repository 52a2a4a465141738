package io.flashdeck.core.fat.check;

import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.flashdeck.core.fat.check.DamageLab.paths;
import static org.assertj.core.api.Assertions.assertThat;

/** Damage to cluster chains, made with raw byte edits on volumes made by mkfs.fat and mcopy. */
class ChainDamageTest extends LabTest {

    @EveryFatWidth
    void lostChainIsFreed(int bits) throws IOException {
        ImageDamage damage = damage(bits, "lost");
        long first = damage.freeCluster(600);
        long second = damage.freeCluster(first + 1);
        damage.setFat(first, second);
        damage.setFat(second, damage.endOfChain());

        CheckReport report = DamageLab.check(image());
        assertThat(report.problems().get(0).cluster()).isEqualTo(first);
        assertThat(report.problems().get(0).description()).startsWith("2 clusters");
        assertThat(report.statistics().lostClusters()).isEqualTo(2);
        judge(paths(), "Reclaimed 2 unused clusters", ProblemKind.LOST_CLUSTERS);
        assertThat(damage.fat(first)).isZero();
    }

    @Test
    void lostChainsPastTheListedOnesAreReportedTogether() throws IOException {
        ImageDamage damage = damage(12, "manylost");
        int chains = LostClusters.MAX_LISTED_CHAINS + 200;
        long cluster = 100;
        for (int made = 0; made < chains; made++) {
            cluster = damage.freeCluster(cluster + 1);
            damage.setFat(cluster, damage.endOfChain());
        }

        CheckReport report = DamageLab.check(image());
        assertThat(report.problems()).hasSize(LostClusters.MAX_LISTED_CHAINS + 1);
        assertThat(report.problems().get(LostClusters.MAX_LISTED_CHAINS).description())
                .isEqualTo("200 more lost chains hold 200 clusters");
        judge(paths(), "Reclaimed " + chains + " unused clusters", ProblemKind.LOST_CLUSTERS);
    }

    @EveryFatWidth
    void crossLinkedFileGetsItsOwnCopy(int bits) throws IOException {
        ImageDamage damage = damage(bits, "cross");
        List<Long> a = damage.chain(damage.firstCluster(damage.slot("A.TXT")));
        // B keeps its length: its first clusters, then the last five of A's six.
        damage.crossLink(a.get(0), damage.firstCluster(damage.slot("B.TXT")));

        CheckReport report = DamageLab.check(image());
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).hasValue("/B.TXT");
            assertThat(problem.description()).contains("/A.TXT").contains("cluster " + a.get(1));
        });
        RepairReport repair = judge(paths("/B.TXT"), "share clusters", ProblemKind.CROSS_LINKED);
        assertThat(repair.actions()).anyMatch(action -> action.contains("its own copy"));
    }

    @EveryFatWidth
    void cycleIsCutWhereItTurnsBack(int bits) throws IOException {
        ImageDamage damage = damage(bits, "cycle");
        List<Long> a = damage.chain(damage.firstCluster(damage.slot("A.TXT")));
        damage.setFat(a.get(a.size() - 1), a.get(1));

        judge(paths(), "/A.TXT", ProblemKind.CHAIN_CYCLE);
    }

    @EveryFatWidth
    void linkOutsideTheVolumeIsCut(int bits) throws IOException {
        ImageDamage damage = damage(bits, "outside");
        List<Long> keep = damage.chain(damage.firstCluster(damage.slot("KEEP.BIN")));
        damage.setFat(keep.get(3), damage.badCluster() - 1);
        for (Long cluster : keep.subList(4, keep.size())) {
            damage.setFat(cluster, 0);
        }
        damage.adjustFsInfoFreeCount(keep.size() - 4);

        judge(paths("/KEEP.BIN"), "out of range", ProblemKind.CHAIN_INVALID);
        assertThat(damage.size(damage.slot("KEEP.BIN"))).isEqualTo(4 * 512);
    }

    @EveryFatWidth
    void linkToAFreeClusterIsCut(int bits) throws IOException {
        ImageDamage damage = damage(bits, "tofree");
        List<Long> keep = damage.chain(damage.firstCluster(damage.slot("KEEP.BIN")));
        for (Long cluster : keep.subList(2, keep.size())) {
            damage.setFat(cluster, 0);
        }
        damage.adjustFsInfoFreeCount(keep.size() - 2);

        judge(paths("/KEEP.BIN"), "Contains a free cluster", ProblemKind.CHAIN_INVALID);
    }

    @EveryFatWidth
    void linkToABadClusterIsCut(int bits) throws IOException {
        ImageDamage damage = damage(bits, "tobad");
        List<Long> c = damage.chain(damage.firstCluster(damage.slot("C.TXT")));
        damage.setFat(c.get(1), damage.badCluster());

        judge(paths("/C.TXT"), "bad cluster", ProblemKind.CHAIN_INVALID);
    }

    @EveryFatWidth
    void sizeBeyondTheChainIsLowered(int bits) throws IOException {
        ImageDamage damage = damage(bits, "toobig");
        damage.setSize(damage.slot("A.TXT"), 9000);

        judge(paths("/A.TXT"), "File size is 9000 bytes", ProblemKind.SIZE_MISMATCH);
        assertThat(damage.size(damage.slot("A.TXT"))).isEqualTo(6 * 512);
    }

    @EveryFatWidth
    void chainBeyondTheSizeIsCut(int bits) throws IOException {
        ImageDamage damage = damage(bits, "toosmall");
        long c = damage.slot("C.TXT");
        List<Long> chain = damage.chain(damage.firstCluster(c));
        damage.setSize(c, 10);

        judge(paths("/C.TXT"), "File size is 10 bytes", ProblemKind.SIZE_MISMATCH);
        assertThat(damage.chain(damage.firstCluster(damage.slot("C.TXT")))).containsExactly(chain.get(0));
        assertThat(damage.fat(chain.get(1))).isZero();
    }

    @EveryFatWidth
    void emptyFileWithAClusterLosesIt(int bits) throws IOException {
        ImageDamage damage = damage(bits, "emptywith");
        long cluster = damage.freeCluster(700);
        damage.setFat(cluster, damage.endOfChain());
        damage.setFirstCluster(damage.slot("EMPTY.TXT"), cluster);
        damage.adjustFsInfoFreeCount(-1);

        judge(paths(), "File size is 0 bytes", ProblemKind.SIZE_MISMATCH);
        assertThat(damage.fat(cluster)).isZero();
    }

    @EveryFatWidth
    void firstClusterOutsideTheVolumeEmptiesTheFile(int bits) throws IOException {
        ImageDamage damage = damage(bits, "firstout");
        long c = damage.slot("C.TXT");
        for (Long cluster : damage.chain(damage.firstCluster(c))) {
            damage.setFat(cluster, 0);
            damage.adjustFsInfoFreeCount(1);
        }
        damage.setFirstCluster(c, bits == 12 ? 0xFF0 : bits == 16 ? 0xFFF0 : 0x0FFF_FFF0);

        judge(paths("/C.TXT"), "Start cluster beyond limit", ProblemKind.INVALID_FIRST_CLUSTER);
        assertThat(DamageLab.snapshot(image())).containsEntry("/C.TXT", TreeSnapshot.fileValue(new byte[0]));
    }

    @EveryFatWidth
    void directoryPointingAtItsParentIsRemoved(int bits) throws IOException {
        ImageDamage damage = damage(bits, "loop");
        long sub = damage.firstCluster(damage.slot("SUB"));
        damage.setFirstCluster(damage.slot("SUB", "DEEP"), sub);
        // The clusters of DEEP and X.TXT are now lost: fsck.fat counts them as free.
        damage.adjustFsInfoFreeCount(2);

        judge(paths("/SUB/DEEP", "/SUB/DEEP/X.TXT"), "Start does point to containing directory",
                ProblemKind.CROSS_LINKED, ProblemKind.LOST_CLUSTERS);
        assertThat(DamageLab.snapshot(image())).doesNotContainKey("/SUB/DEEP");
    }

    @EveryFatWidth
    void directoryRunningIntoAFileIsCutThere(int bits) throws IOException {
        ImageDamage damage = damage(bits, "dirtail");
        List<Long> sub = damage.chain(damage.firstCluster(damage.slot("SUB")));
        List<Long> a = damage.chain(damage.firstCluster(damage.slot("A.TXT")));
        damage.setFat(sub.get(sub.size() - 1), a.get(2));

        judge(paths(), "share clusters", ProblemKind.CROSS_LINKED);
        assertThat(damage.chain(damage.firstCluster(damage.slot("SUB")))).isEqualTo(sub);
    }

    @Test
    void crossLinkedFileWithoutRoomForACopyIsCut() throws IOException {
        ImageDamage damage = damage(12, "noroom");
        int own = damage.crossLink(damage.firstCluster(damage.slot("A.TXT")), damage.firstCluster(damage.slot("B.TXT")));
        // Every free cluster marked bad: nothing is left for a copy.
        for (long cluster = 2; cluster <= damage.lastCluster(); cluster++) {
            if (damage.fat(cluster) == 0) {
                damage.setFat(cluster, damage.badCluster());
            }
        }

        RepairReport repair = judge(paths("/B.TXT"), "share clusters", ProblemKind.CROSS_LINKED);
        assertThat(repair.actions()).anyMatch(action -> action.contains("no room for a copy"));
        assertThat(damage.size(damage.slot("B.TXT"))).isEqualTo(own * 512L);
    }
}
