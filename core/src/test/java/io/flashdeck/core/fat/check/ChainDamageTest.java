package io.flashdeck.core.fat.check;

import io.flashdeck.core.testing.ImageDamage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.flashdeck.core.fat.check.DamageLab.judge;
import static io.flashdeck.core.fat.check.DamageLab.paths;
import static org.assertj.core.api.Assertions.assertThat;

/** Damage to cluster chains, made with raw byte edits on volumes made by mkfs.fat and mcopy. */
class ChainDamageTest {

    @TempDir
    static Path dir;

    private static DamageLab lab;

    @BeforeAll
    static void lab() {
        lab = new DamageLab(dir);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void lostChainIsFreed(int bits) throws IOException {
        Path image = lab.volume(bits, "lost");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long first = damage.freeCluster(600);
        long second = damage.freeCluster(first + 1);
        damage.setFat(first, second);
        damage.setFat(second, damage.endOfChain());

        CheckReport report = DamageLab.check(image);
        assertThat(report.problems().get(0).cluster()).isEqualTo(first);
        assertThat(report.problems().get(0).description()).startsWith("2 clusters");
        assertThat(report.statistics().lostClusters()).isEqualTo(2);
        judge(image, before, paths(), "Reclaimed 2 unused clusters", ProblemKind.LOST_CLUSTERS);
        assertThat(new ImageDamage(image).fat(first)).isZero();
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void crossLinkedFileGetsItsOwnCopy(int bits) throws IOException {
        Path image = lab.volume(bits, "cross");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        List<Long> a = damage.chain(damage.firstCluster(damage.slot("A.TXT")));
        List<Long> b = damage.chain(damage.firstCluster(damage.slot("B.TXT")));
        // B keeps its length: its first clusters, then the last five of A's six.
        int own = b.size() - (a.size() - 1);
        damage.setFat(b.get(own - 1), a.get(1));
        for (Long cluster : b.subList(own, b.size())) {
            damage.setFat(cluster, 0);
        }
        damage.adjustFsInfoFreeCount(b.size() - own);

        CheckReport report = DamageLab.check(image);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).hasValue("/B.TXT");
            assertThat(problem.description()).contains("/A.TXT").contains("cluster " + a.get(1));
        });
        RepairReport repair = judge(image, before, paths("/B.TXT"), "share clusters", ProblemKind.CROSS_LINKED);
        assertThat(repair.actions()).anyMatch(action -> action.contains("its own copy"));
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void cycleIsCutWhereItTurnsBack(int bits) throws IOException {
        Path image = lab.volume(bits, "cycle");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        List<Long> a = damage.chain(damage.firstCluster(damage.slot("A.TXT")));
        damage.setFat(a.get(a.size() - 1), a.get(1));

        judge(image, before, paths(), "/A.TXT", ProblemKind.CHAIN_CYCLE);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void linkOutsideTheVolumeIsCut(int bits) throws IOException {
        Path image = lab.volume(bits, "outside");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        List<Long> keep = damage.chain(damage.firstCluster(damage.slot("KEEP.BIN")));
        damage.setFat(keep.get(3), damage.badCluster() - 1);
        for (Long cluster : keep.subList(4, keep.size())) {
            damage.setFat(cluster, 0);
        }
        damage.adjustFsInfoFreeCount(keep.size() - 4);

        judge(image, before, paths("/KEEP.BIN"), "out of range", ProblemKind.CHAIN_INVALID);
        assertThat(new ImageDamage(image).size(new ImageDamage(image).slot("KEEP.BIN"))).isEqualTo(4 * 512);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void linkToAFreeClusterIsCut(int bits) throws IOException {
        Path image = lab.volume(bits, "tofree");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        List<Long> keep = damage.chain(damage.firstCluster(damage.slot("KEEP.BIN")));
        for (Long cluster : keep.subList(2, keep.size())) {
            damage.setFat(cluster, 0);
        }
        damage.adjustFsInfoFreeCount(keep.size() - 2);

        judge(image, before, paths("/KEEP.BIN"), "Contains a free cluster", ProblemKind.CHAIN_INVALID);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void linkToABadClusterIsCut(int bits) throws IOException {
        Path image = lab.volume(bits, "tobad");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        List<Long> c = damage.chain(damage.firstCluster(damage.slot("C.TXT")));
        damage.setFat(c.get(1), damage.badCluster());

        judge(image, before, paths("/C.TXT"), "bad cluster", ProblemKind.CHAIN_INVALID);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void sizeBeyondTheChainIsLowered(int bits) throws IOException {
        Path image = lab.volume(bits, "toobig");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        damage.setSize(damage.slot("A.TXT"), 9000);

        judge(image, before, paths("/A.TXT"), "File size is 9000 bytes", ProblemKind.SIZE_MISMATCH);
        assertThat(new ImageDamage(image).size(new ImageDamage(image).slot("A.TXT"))).isEqualTo(6 * 512);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void chainBeyondTheSizeIsCut(int bits) throws IOException {
        Path image = lab.volume(bits, "toosmall");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long c = damage.slot("C.TXT");
        List<Long> chain = damage.chain(damage.firstCluster(c));
        damage.setSize(c, 10);

        judge(image, before, paths("/C.TXT"), "File size is 10 bytes", ProblemKind.SIZE_MISMATCH);
        ImageDamage repaired = new ImageDamage(image);
        assertThat(repaired.chain(repaired.firstCluster(repaired.slot("C.TXT")))).containsExactly(chain.get(0));
        assertThat(repaired.fat(chain.get(1))).isZero();
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void emptyFileWithAClusterLosesIt(int bits) throws IOException {
        Path image = lab.volume(bits, "emptywith");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long cluster = damage.freeCluster(700);
        damage.setFat(cluster, damage.endOfChain());
        damage.setFirstCluster(damage.slot("EMPTY.TXT"), cluster);
        damage.adjustFsInfoFreeCount(-1);

        judge(image, before, paths(), "File size is 0 bytes", ProblemKind.SIZE_MISMATCH);
        assertThat(new ImageDamage(image).fat(cluster)).isZero();
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void firstClusterOutsideTheVolumeEmptiesTheFile(int bits) throws IOException {
        Path image = lab.volume(bits, "firstout");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long c = damage.slot("C.TXT");
        for (Long cluster : damage.chain(damage.firstCluster(c))) {
            damage.setFat(cluster, 0);
            damage.adjustFsInfoFreeCount(1);
        }
        damage.setFirstCluster(c, bits == 12 ? 0xFF0 : bits == 16 ? 0xFFF0 : 0x0FFF_FFF0);

        judge(image, before, paths("/C.TXT"), "Start cluster beyond limit", ProblemKind.INVALID_FIRST_CLUSTER);
        assertThat(DamageLab.snapshot(image)).containsEntry("/C.TXT", "0 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void directoryPointingAtItsParentIsRemoved(int bits) throws IOException {
        Path image = lab.volume(bits, "loop");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long sub = damage.firstCluster(damage.slot("SUB"));
        damage.setFirstCluster(damage.slot("SUB", "DEEP"), sub);
        // The clusters of DEEP and X.TXT are now lost: fsck.fat counts them as free.
        damage.adjustFsInfoFreeCount(2);

        judge(image, before, paths("/SUB/DEEP", "/SUB/DEEP/X.TXT"), "Start does point to containing directory",
                ProblemKind.CROSS_LINKED, ProblemKind.LOST_CLUSTERS);
        assertThat(DamageLab.snapshot(image)).doesNotContainKey("/SUB/DEEP");
    }
}
