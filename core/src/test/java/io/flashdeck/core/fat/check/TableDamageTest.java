package io.flashdeck.core.fat.check;

import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.volume.CorruptVolumeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Damage to the structures around the tree: FAT copies, reserved FAT entries, dirty bits, FSInfo, boot sectors. */
class TableDamageTest {

    @TempDir
    static Path dir;

    private static DamageLab lab;

    @BeforeAll
    static void lab() {
        lab = new DamageLab(dir);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void secondCopyDifferingIsOverwritten(int bits) throws IOException {
        Path image = lab.volume(bits, "copy1");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        damage.setFat(1, damage.freeCluster(300), damage.endOfChain());
        damage.setFat(1, damage.freeCluster(400), 77);

        CheckReport report = DamageLab.check(image);
        assertThat(report.fatCopy()).isZero();
        assertThat(report.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.description()).startsWith("FAT copy 1 differs from copy 0 in 2 entries"));
        judge(image, before, paths(), "FATs differ", ProblemKind.FATS_DIFFER);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void firstCopyDamagedIsReplacedByTheSecond(int bits) throws IOException {
        Path image = lab.volume(bits, "copy0");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        List<Long> keep = damage.chain(damage.firstCluster(damage.slot("KEEP.BIN")));
        for (Long cluster : keep) {
            damage.setFat(0, cluster, 0);
        }

        CheckReport report = DamageLab.check(image);
        assertThat(report.fatCopy()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(problem -> assertThat(problem.description())
                .startsWith("FAT copy 0 differs from copy 1 in " + keep.size() + " entries"));
        judge(image, before, paths(), "FATs differ", ProblemKind.FATS_DIFFER);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void brokenMediaEntryIsRestored(int bits) throws IOException {
        Path image = lab.volume(bits, "media");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        damage.setFat(0, 0x0F8);

        judge(image, before, paths(), "appear to be corrupt", ProblemKind.BAD_MEDIA_ENTRY);
        assertThat(new ImageDamage(image).fat(0)).isEqualTo(damage.endOfChain() & ~0xFFL | 0xF8);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void mediaByteDisagreeingWithTheBootSectorIsRestored(int bits) throws IOException {
        Path image = lab.volume(bits, "mediabyte");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        damage.setFat(0, damage.endOfChain() & ~0xFFL | 0xF0);

        // fsck.fat only looks at the bits above the media byte.
        judge(image, before, paths(), null, ProblemKind.BAD_MEDIA_ENTRY);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void dirtyBootSectorIsCleaned(int bits) throws IOException {
        Path image = lab.volume(bits, "dirty");
        Map<String, String> before = DamageLab.snapshot(image);
        new ImageDamage(image).setDirtyBit();

        judge(image, before, paths(), "Dirty bit is set", ProblemKind.DIRTY_FLAG);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {16, 32})
    void uncleanShutdownInFatEntry1IsCleaned(int bits) throws IOException {
        Path image = lab.volume(bits, "shutdown");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        damage.setFat(1, damage.fat(1) & ~(bits == 16 ? 0x8000L : 0x0800_0000L));

        judge(image, before, paths(), "Dirty bit is set", ProblemKind.DIRTY_FLAG);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {16, 32})
    void hardErrorInFatEntry1IsCleared(int bits) throws IOException {
        Path image = lab.volume(bits, "harderror");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        damage.setFat(1, damage.fat(1) & ~(bits == 16 ? 0x4000L : 0x0400_0000L));

        // fsck.fat looks at the clean-shutdown bit only.
        judge(image, before, paths(), null, ProblemKind.DIRTY_FLAG);
    }

    @Test
    void wrongFreeCountIsRecounted() throws IOException {
        Path image = lab.volume(32, "freecount");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long free = damage.fsInfoFreeCount();
        damage.setFsInfoFreeCount(free + 7);

        judge(image, before, paths(), "Free cluster summary wrong", ProblemKind.FSINFO_WRONG);
        assertThat(new ImageDamage(image).fsInfoFreeCount()).isEqualTo(free);
    }

    @Test
    void unknownFreeCountIsCounted() throws IOException {
        Path image = lab.volume(32, "unknowncount");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long free = damage.fsInfoFreeCount();
        damage.setFsInfoFreeCount(0xFFFF_FFFFL);

        judge(image, before, paths(), "Free cluster summary uninitialized", ProblemKind.FSINFO_WRONG);
        assertThat(new ImageDamage(image).fsInfoFreeCount()).isEqualTo(free);
    }

    @Test
    void damagedFsInfoSignatureIsWrittenAgain() throws IOException {
        Path image = lab.volume(32, "fsinfosig");
        Map<String, String> before = DamageLab.snapshot(image);
        new ImageDamage(image).setByte(512, 'X');

        judge(image, before, paths(), "FSINFO sector has bad magic number", ProblemKind.FSINFO_WRONG);
    }

    @Test
    void nextFreeHintOutsideTheVolumeIsDropped() throws IOException {
        Path image = lab.volume(32, "hint");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        for (int i = 0; i < 4; i++) {
            damage.setByte(512 + 492 + i, i == 3 ? 0x7F : 0);
        }

        // fsck.fat does not look at the hint.
        judge(image, before, paths(), null, ProblemKind.FSINFO_WRONG);
    }

    @Test
    void backupBootSectorDifferingIsRewritten() throws IOException {
        Path image = lab.volume(32, "backup");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        damage.setByte(damage.backupBootOffset() + 200, 0x42);

        judge(image, before, paths(), "differences between boot sector and its backup", ProblemKind.BACKUP_BOOT_DIFFERS);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16})
    void unreadableBootSectorIsNotGuessed(int bits) throws IOException {
        Path image = lab.volume(bits, "unreadable");
        new ImageDamage(image).setByte(13, 3);

        assertThat(Fsck.check(image).isClean()).isFalse();
        assertThatThrownBy(() -> DamageLab.check(image)).isInstanceOf(CorruptVolumeException.class)
                .hasMessage("boot sector: sectors per cluster is 3, expected a power of two from 1 to 128");
        assertThatThrownBy(() -> DamageLab.repair(image)).isInstanceOf(CorruptVolumeException.class)
                .hasMessageContaining("cannot be repaired without guessing");
    }

    @Test
    void unreadableFat32BootSectorIsRestoredFromItsBackup() throws IOException {
        Path image = lab.volume(32, "restore");
        Map<String, String> before = DamageLab.snapshot(image);
        new ImageDamage(image).setByte(13, 3);

        assertThatThrownBy(() -> DamageLab.check(image)).hasMessageContaining("the backup boot sector in sector 6 is intact");
        RepairReport repair;
        try (FileBlockDevice device = FileBlockDevice.open(image, false)) {
            repair = FatRepairer.repair(device);
        }
        assertThat(repair.actions()).containsExactly("restored the boot sector from its backup in sector 6");
        assertThat(repair.isClean()).isTrue();
        Fsck.check(image).requireClean();
        assertThat(DamageLab.snapshot(image)).isEqualTo(before);
    }
}
