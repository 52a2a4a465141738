package io.flashdeck.core.fat.check;

import io.flashdeck.core.testing.ImageDamage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static io.flashdeck.core.fat.check.DamageLab.judge;
import static io.flashdeck.core.fat.check.DamageLab.paths;
import static org.assertj.core.api.Assertions.assertThat;

/** Damage to directory entries and slots: long names, dot entries, sizes, names used twice. */
class EntryDamageTest {

    private static final String LONG_NAME = "/Long File Name.txt";

    @TempDir
    static Path dir;

    private static DamageLab lab;

    @BeforeAll
    static void lab() {
        lab = new DamageLab(dir);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void longNameWithTheWrongChecksumIsDeleted(int bits) throws IOException {
        Path image = lab.volume(bits, "checksum");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long shortSlot = damage.slot("LONGFI~1.TXT");
        for (long slot = shortSlot - 64; slot < shortSlot; slot += 32) {
            damage.setByte(slot + 13, damage.getByte(slot + 13) + 1);
        }

        judge(image, before, paths(LONG_NAME), "checksum", ProblemKind.BAD_LONG_NAME_CHECKSUM);
        assertThat(DamageLab.snapshot(image)).containsEntry("/LONGFI~1.TXT", before.get(LONG_NAME));
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void orphanLongNameIsDeleted(int bits) throws IOException {
        Path image = lab.volume(bits, "orphan");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long shortSlot = damage.slot("LONGFI~1.TXT");
        long end = damage.endSlot(-1);
        damage.copySlot(shortSlot - 64, end);
        damage.copySlot(shortSlot - 32, end + 32);

        judge(image, before, paths(), "Orphaned long file name part", ProblemKind.ORPHAN_LONG_NAME);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void longNameOutOfSequenceIsDeleted(int bits) throws IOException {
        Path image = lab.volume(bits, "sequence");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long shortSlot = damage.slot("LONGFI~1.TXT");
        damage.setByte(shortSlot - 64, 0x43);

        judge(image, before, paths(LONG_NAME), "long file", ProblemKind.BAD_LONG_NAME_SEQUENCE);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void dotDotOfAFirstLevelDirectoryNamesCluster0(int bits) throws IOException {
        Path image = lab.volume(bits, "dotdot");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long sub = damage.slot("SUB");
        // FAT32 tools have been known to name the root's own cluster here; FAT wants 0.
        damage.setFirstCluster(damage.slotOf(sub, 1), bits == 32 ? 2 : damage.firstCluster(damage.slot("C.TXT")));

        judge(image, before, paths(), "Invalid '..' entry", ProblemKind.INVALID_DOT_ENTRIES);
        assertThat(new ImageDamage(image).firstCluster(damage.slotOf(sub, 1))).isZero();
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void missingDotIsWrittenAgain(int bits) throws IOException {
        Path image = lab.volume(bits, "dot");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long deep = damage.slot("SUB", "DEEP");
        damage.setByte(damage.slotOf(deep, 0), 0xE5);

        judge(image, before, paths(), "Expected a valid '.' entry", ProblemKind.INVALID_DOT_ENTRIES);
        ImageDamage repaired = new ImageDamage(image);
        assertThat(repaired.firstCluster(repaired.slotOf(deep, 0))).isEqualTo(repaired.firstCluster(deep));
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void entryInTheDotSlotMovesDown(int bits) throws IOException {
        Path image = lab.volume(bits, "dotslot");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long deep = damage.slot("SUB", "DEEP");
        long x = damage.slot("SUB", "DEEP", "X.TXT");
        damage.copySlot(x, damage.slotOf(deep, 0));
        damage.setByte(x, 0xE5);

        RepairReport repair = judge(image, before, paths(), "Expected a valid '.' entry in this slot",
                ProblemKind.INVALID_DOT_ENTRIES);
        assertThat(repair.actions()).anyMatch(action -> action.contains("after moving 1 entry"));
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void strayDotDotIsDeleted(int bits) throws IOException {
        Path image = lab.volume(bits, "stray");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long sub = damage.slot("SUB");
        damage.copySlot(damage.slotOf(sub, 1), damage.endSlot(sub));

        judge(image, before, paths(), "Bad short file name (..)", ProblemKind.INVALID_DOT_ENTRIES);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void directorySizeIsZeroed(int bits) throws IOException {
        Path image = lab.volume(bits, "dirsize");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        damage.setSize(damage.slot("SUB"), 512);

        judge(image, before, paths(), "Directory has non-zero size", ProblemKind.DIRECTORY_WITH_SIZE);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void secondEntryOfOneNameIsRenamed(int bits) throws IOException {
        Path image = lab.volume(bits, "duplicate");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long end = damage.endSlot(-1);
        damage.copySlot(damage.slot("A.TXT"), end);
        damage.setFirstCluster(end, 0);
        damage.setSize(end, 0);

        judge(image, before, paths(), "Duplicate directory entry", ProblemKind.DUPLICATE_NAME);
        assertThat(DamageLab.snapshot(image)).containsEntry("/A (2).TXT",
                "0 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void badShortNameIsRenamed(int bits) throws IOException {
        Path image = lab.volume(bits, "badname");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        damage.setByte(damage.slot("A.TXT") + 1, '*');

        judge(image, before, paths("/A.TXT"), "Bad short file name", ProblemKind.BAD_SHORT_NAME);
        assertThat(DamageLab.snapshot(image)).containsEntry("/renamed (2)", before.get("/A.TXT"));
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void entryWithLabelAndDirectoryBitsIsDeleted(int bits) throws IOException {
        Path image = lab.volume(bits, "invalid");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long end = damage.endSlot(-1);
        damage.copySlot(damage.slot("C.TXT"), end);
        damage.setByte(end, 'Q');
        damage.setByte(end + 11, 0x39);
        damage.setFirstCluster(end, 0);
        damage.setSize(end, 0);

        judge(image, before, paths(), "Start does point to root directory", ProblemKind.INVALID_ENTRY);
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void entryAfterTheEndMarkIsCleared(int bits) throws IOException {
        Path image = lab.volume(bits, "afterend");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long hidden = damage.endSlot(-1) + 64;
        damage.copySlot(damage.slot("C.TXT"), hidden);
        damage.setFirstCluster(hidden, 0);
        damage.setSize(hidden, 0);

        judge(image, before, paths(), "Duplicate directory entry", ProblemKind.ENTRIES_AFTER_END);
        assertThat(new ImageDamage(image).getByte(hidden)).isZero();
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void bootLabelWithoutRootLabelIsReset(int bits) throws IOException {
        Path image = lab.volume(bits, "bootlabel");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        int labelOffset = bits == 32 ? 71 : 43;
        for (int i = 0; i < 5; i++) {
            damage.setByte(labelOffset + i, "HELLO".charAt(i));
        }
        if (bits == 32) {
            for (int i = 0; i < 5; i++) {
                damage.setByte(damage.backupBootOffset() + labelOffset + i, "HELLO".charAt(i));
            }
        }

        judge(image, before, paths(), "but there is no volume label in root directory", ProblemKind.VOLUME_LABEL);
        assertThat(new ImageDamage(image).getByte(labelOffset)).isEqualTo('N');
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = {12, 16, 32})
    void damagedRootLabelIsRemoved(int bits) throws IOException {
        Path image = lab.volume(bits, "rootlabel");
        Map<String, String> before = DamageLab.snapshot(image);
        ImageDamage damage = new ImageDamage(image);
        long end = damage.endSlot(-1);
        for (int i = 0; i < 11; i++) {
            damage.setByte(end + i, "BAD*LABEL  ".charAt(i));
        }
        damage.setByte(end + 11, 0x08);

        judge(image, before, paths(), "stored in root directory is not valid", ProblemKind.VOLUME_LABEL);
    }
}
