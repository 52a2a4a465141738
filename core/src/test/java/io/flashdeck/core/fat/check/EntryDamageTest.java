package io.flashdeck.core.fat.check;

import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.testing.TreeSnapshot;

import java.io.IOException;

import static io.flashdeck.core.fat.check.DamageLab.paths;
import static org.assertj.core.api.Assertions.assertThat;

/** Damage to directory entries and slots: long names, dot entries, sizes, names used twice. */
class EntryDamageTest extends LabTest {

    private static final String LONG_NAME = "/Long File Name.txt";

    @EveryFatWidth
    void longNameWithTheWrongChecksumIsDeleted(int bits) throws IOException {
        ImageDamage damage = damage(bits, "checksum");
        long shortSlot = damage.slot("LONGFI~1.TXT");
        for (long slot = shortSlot - 64; slot < shortSlot; slot += 32) {
            damage.setByte(slot + 13, damage.getByte(slot + 13) + 1);
        }

        judge(paths(LONG_NAME), "checksum", ProblemKind.BAD_LONG_NAME_CHECKSUM);
        assertThat(DamageLab.snapshot(image())).containsEntry("/LONGFI~1.TXT", before().get(LONG_NAME));
    }

    @EveryFatWidth
    void orphanLongNameIsDeleted(int bits) throws IOException {
        ImageDamage damage = damage(bits, "orphan");
        long shortSlot = damage.slot("LONGFI~1.TXT");
        long end = damage.endSlot(-1);
        damage.copySlot(shortSlot - 64, end);
        damage.copySlot(shortSlot - 32, end + 32);

        judge(paths(), "Orphaned long file name part", ProblemKind.ORPHAN_LONG_NAME);
    }

    @EveryFatWidth
    void longNameOutOfSequenceIsDeleted(int bits) throws IOException {
        ImageDamage damage = damage(bits, "sequence");
        long shortSlot = damage.slot("LONGFI~1.TXT");
        damage.setByte(shortSlot - 64, 0x43);

        judge(paths(LONG_NAME), "long file", ProblemKind.BAD_LONG_NAME_SEQUENCE);
    }

    @EveryFatWidth
    void dotDotOfAFirstLevelDirectoryNamesCluster0(int bits) throws IOException {
        ImageDamage damage = damage(bits, "dotdot");
        long sub = damage.slot("SUB");
        // FAT32 tools have been known to name the root's own cluster here; FAT wants 0.
        damage.setFirstCluster(damage.slotOf(sub, 1), bits == 32 ? 2 : damage.firstCluster(damage.slot("C.TXT")));

        judge(paths(), "Invalid '..' entry", ProblemKind.INVALID_DOT_ENTRIES);
        assertThat(damage.firstCluster(damage.slotOf(sub, 1))).isZero();
    }

    @EveryFatWidth
    void missingDotIsWrittenAgain(int bits) throws IOException {
        ImageDamage damage = damage(bits, "dot");
        long deep = damage.slot("SUB", "DEEP");
        damage.setByte(damage.slotOf(deep, 0), 0xE5);

        judge(paths(), "Expected a valid '.' entry", ProblemKind.INVALID_DOT_ENTRIES);
        assertThat(damage.firstCluster(damage.slotOf(deep, 0))).isEqualTo(damage.firstCluster(deep));
    }

    @EveryFatWidth
    void entryInTheDotSlotMovesDown(int bits) throws IOException {
        ImageDamage damage = damage(bits, "dotslot");
        long deep = damage.slot("SUB", "DEEP");
        long x = damage.slot("SUB", "DEEP", "X.TXT");
        damage.copySlot(x, damage.slotOf(deep, 0));
        damage.setByte(x, 0xE5);

        RepairReport repair = judge(paths(), "Expected a valid '.' entry in this slot",
                ProblemKind.INVALID_DOT_ENTRIES);
        assertThat(repair.actions()).anyMatch(action -> action.contains("after moving 1 entry"));
    }

    @EveryFatWidth
    void strayDotDotIsDeleted(int bits) throws IOException {
        ImageDamage damage = damage(bits, "stray");
        long sub = damage.slot("SUB");
        damage.copySlot(damage.slotOf(sub, 1), damage.endSlot(sub));

        judge(paths(), "Bad short file name (..)", ProblemKind.INVALID_DOT_ENTRIES);
    }

    @EveryFatWidth
    void directorySizeIsZeroed(int bits) throws IOException {
        ImageDamage damage = damage(bits, "dirsize");
        damage.setSize(damage.slot("SUB"), 512);

        judge(paths(), "Directory has non-zero size", ProblemKind.DIRECTORY_WITH_SIZE);
    }

    @EveryFatWidth
    void secondEntryOfOneNameIsRenamed(int bits) throws IOException {
        ImageDamage damage = damage(bits, "duplicate");
        long end = damage.endSlot(-1);
        damage.copySlot(damage.slot("A.TXT"), end);
        damage.setFirstCluster(end, 0);
        damage.setSize(end, 0);

        judge(paths(), "Duplicate directory entry", ProblemKind.DUPLICATE_NAME);
        assertThat(DamageLab.snapshot(image())).containsEntry("/A (2).TXT",
                TreeSnapshot.fileValue(new byte[0]));
    }

    @EveryFatWidth
    void badShortNameIsRenamed(int bits) throws IOException {
        ImageDamage damage = damage(bits, "badname");
        damage.setByte(damage.slot("A.TXT") + 1, '*');

        judge(paths("/A.TXT"), "Bad short file name", ProblemKind.BAD_SHORT_NAME);
        assertThat(DamageLab.snapshot(image())).containsEntry("/renamed (2)", before().get("/A.TXT"));
    }

    @EveryFatWidth
    void entryWithLabelAndDirectoryBitsIsDeleted(int bits) throws IOException {
        ImageDamage damage = damage(bits, "invalid");
        long end = damage.endSlot(-1);
        damage.copySlot(damage.slot("C.TXT"), end);
        damage.setByte(end, 'Q');
        damage.setByte(end + 11, 0x39);
        damage.setFirstCluster(end, 0);
        damage.setSize(end, 0);

        judge(paths(), "Start does point to root directory", ProblemKind.INVALID_ENTRY);
    }

    @EveryFatWidth
    void entryAfterTheEndMarkIsCleared(int bits) throws IOException {
        ImageDamage damage = damage(bits, "afterend");
        long hidden = damage.endSlot(-1) + 64;
        damage.copySlot(damage.slot("C.TXT"), hidden);
        damage.setFirstCluster(hidden, 0);
        damage.setSize(hidden, 0);

        judge(paths(), "Duplicate directory entry", ProblemKind.ENTRIES_AFTER_END);
        assertThat(damage.getByte(hidden)).isZero();
    }

    @EveryFatWidth
    void bootLabelWithoutRootLabelIsReset(int bits) throws IOException {
        ImageDamage damage = damage(bits, "bootlabel");
        int labelOffset = bits == 32 ? 71 : 43;
        for (int i = 0; i < 5; i++) {
            damage.setByte(labelOffset + i, "HELLO".charAt(i));
        }
        if (bits == 32) {
            for (int i = 0; i < 5; i++) {
                damage.setByte(damage.backupBootOffset() + labelOffset + i, "HELLO".charAt(i));
            }
        }

        judge(paths(), "but there is no volume label in root directory", ProblemKind.VOLUME_LABEL);
        assertThat(damage.getByte(labelOffset)).isEqualTo('N');
    }

    @EveryFatWidth
    void damagedRootLabelIsRemoved(int bits) throws IOException {
        ImageDamage damage = damage(bits, "rootlabel");
        long end = damage.endSlot(-1);
        for (int i = 0; i < 11; i++) {
            damage.setByte(end + i, "BAD*LABEL  ".charAt(i));
        }
        damage.setByte(end + 11, 0x08);

        judge(paths(), "stored in root directory is not valid", ProblemKind.VOLUME_LABEL);
    }

    /** Long names that differ only in case name one file for FAT; fsck.fat compares 8.3 names only. */
    @EveryFatWidth
    void longNamesEqualButForCaseAreRenamed(int bits) throws IOException {
        ImageDamage damage = damage(bits, "samelong");
        long original = damage.slot("LONGFI~1.TXT");
        long end = damage.endSlot(-1);
        for (int i = 0; i < 3; i++) {
            damage.copySlot(original - 64 + 32L * i, end + 32L * i);
        }
        long copy = end + 64;
        damage.setByte(copy + 7, '2');
        damage.setFirstCluster(copy, 0);
        damage.setSize(copy, 0);
        int checksum = damage.shortNameChecksum(copy);
        damage.setByte(end + 13, checksum);
        damage.setByte(end + 32 + 13, checksum);
        damage.setByte(end + 32 + 1, 'l');

        judge(paths(), null, ProblemKind.DUPLICATE_NAME);
        assertThat(DamageLab.snapshot(image())).containsEntry("/long File Name (2).txt",
                TreeSnapshot.fileValue(new byte[0]));
    }
}
