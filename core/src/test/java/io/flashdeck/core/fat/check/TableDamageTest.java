package io.flashdeck.core.fat.check;

import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.volume.CorruptVolumeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.flashdeck.core.fat.check.DamageLab.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Damage to the structures around the tree: FAT copies, reserved FAT entries, dirty bits, FSInfo, boot sectors. */
class TableDamageTest extends LabTest {

    @EveryFatWidth
    void secondCopyDifferingIsOverwritten(int bits) throws IOException {
        ImageDamage damage = damage(bits, "copy1");
        damage.setFat(1, damage.freeCluster(300), damage.endOfChain());
        damage.setFat(1, damage.freeCluster(400), 77);

        CheckReport report = DamageLab.check(image());
        assertThat(report.fatCopy()).isZero();
        assertThat(report.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.description())
                        .startsWith("FAT copy 1 differs from copy 0 in 2 entries"));
        judge(paths(), "FATs differ", ProblemKind.FATS_DIFFER);
    }

    @EveryFatWidth
    void firstCopyDamagedIsReplacedByTheSecond(int bits) throws IOException {
        ImageDamage damage = damage(bits, "copy0");
        List<Long> keep = damage.chain(damage.firstCluster(damage.slot("KEEP.BIN")));
        for (Long cluster : keep) {
            damage.setFat(0, cluster, 0);
        }

        CheckReport report = DamageLab.check(image());
        assertThat(report.fatCopy()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(problem -> assertThat(problem.description())
                .startsWith("FAT copy 0 differs from copy 1 in " + keep.size() + " entries"));
        judge(paths(), "FATs differ", ProblemKind.FATS_DIFFER);
    }

    @EveryFatWidth
    void brokenMediaEntryIsRestored(int bits) throws IOException {
        ImageDamage damage = damage(bits, "media");
        damage.setFat(0, 0x0F8);

        judge(paths(), "appear to be corrupt", ProblemKind.BAD_MEDIA_ENTRY);
        assertThat(damage.fat(0)).isEqualTo(damage.endOfChain() & ~0xFFL | 0xF8);
    }

    @EveryFatWidth
    void mediaByteDisagreeingWithTheBootSectorIsRestored(int bits) throws IOException {
        ImageDamage damage = damage(bits, "mediabyte");
        damage.setFat(0, damage.endOfChain() & ~0xFFL | 0xF0);

        // fsck.fat only looks at the bits above the media byte.
        judge(paths(), null, ProblemKind.BAD_MEDIA_ENTRY);
    }

    @EveryFatWidth
    void dirtyBootSectorIsCleaned(int bits) throws IOException {
        damage(bits, "dirty").setDirtyBit();

        judge(paths(), "Dirty bit is set", ProblemKind.DIRTY_FLAG);
    }

    /** FAT16 and FAT32 keep a clean-shutdown and a no-hard-error bit in FAT[1]; fsck.fat looks at the first only. */
    @ParameterizedTest(name = "FAT{0}: bit 0x{1} cleared")
    @CsvSource({"16, 8000, Dirty bit is set", "32, 08000000, Dirty bit is set", "16, 4000,", "32, 04000000,"})
    void clearedFlagInFatEntry1IsSet(int bits, String hexBit, String fsckSays) throws IOException {
        ImageDamage damage = damage(bits, "fat1-" + hexBit);
        damage.setFat(1, damage.fat(1) & ~Long.parseLong(hexBit, 16));

        judge(paths(), fsckSays, ProblemKind.DIRTY_FLAG);
    }

    @Test
    void wrongFreeCountIsRecounted() throws IOException {
        ImageDamage damage = damage(32, "freecount");
        long free = damage.fsInfoFreeCount();
        damage.setFsInfoFreeCount(free + 7);

        judge(paths(), "Free cluster summary wrong", ProblemKind.FSINFO_WRONG);
        assertThat(damage.fsInfoFreeCount()).isEqualTo(free);
    }

    @Test
    void unknownFreeCountIsCounted() throws IOException {
        ImageDamage damage = damage(32, "unknowncount");
        long free = damage.fsInfoFreeCount();
        damage.setFsInfoFreeCount(0xFFFF_FFFFL);

        judge(paths(), "Free cluster summary uninitialized", ProblemKind.FSINFO_WRONG);
        assertThat(damage.fsInfoFreeCount()).isEqualTo(free);
    }

    @Test
    void damagedFsInfoSignatureIsWrittenAgain() throws IOException {
        damage(32, "fsinfosig").setByte(512, 'X');

        judge(paths(), "FSINFO sector has bad magic number", ProblemKind.FSINFO_WRONG);
    }

    @Test
    void nextFreeHintOutsideTheVolumeIsDropped() throws IOException {
        ImageDamage damage = damage(32, "hint");
        for (int i = 0; i < 4; i++) {
            damage.setByte(512 + 492 + i, i == 3 ? 0x7F : 0);
        }

        // fsck.fat does not look at the hint.
        judge(paths(), null, ProblemKind.FSINFO_WRONG);
    }

    @Test
    void backupBootSectorDifferingIsRewritten() throws IOException {
        ImageDamage damage = damage(32, "backup");
        damage.setByte(damage.backupBootOffset() + 200, 0x42);

        judge(paths(), "differences between boot sector and its backup", ProblemKind.BACKUP_BOOT_DIFFERS);
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
