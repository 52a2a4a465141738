package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongNameEntriesTest {

    @Test
    void countsThirteenUnitsPerSlot() {
        assertThat(LongNameEntries.slotCount("a")).isEqualTo(1);
        assertThat(LongNameEntries.slotCount("a".repeat(13))).isEqualTo(1);
        assertThat(LongNameEntries.slotCount("a".repeat(14))).isEqualTo(2);
        assertThat(LongNameEntries.slotCount("a".repeat(255))).isEqualTo(20);
        assertThat(LongNameEntries.slotCount("😀")).isEqualTo(1);
    }

    @Test
    void laysOutASlotAsFatDefinesIt() {
        List<byte[]> slots = LongNameEntries.encode("with space", 0x61);
        assertThat(slots).hasSize(1);
        byte[] s = slots.get(0);
        assertThat(s).hasSize(32);
        assertThat(s[0]).isEqualTo((byte) 0x41);
        assertThat(s[11]).isEqualTo((byte) 0x0F);
        assertThat(s[12]).isZero();
        assertThat(s[13]).isEqualTo((byte) 0x61);
        assertThat(s[26]).isZero();
        assertThat(s[27]).isZero();
        assertThat(units(s)).isEqualTo(new int[] {'w', 'i', 't', 'h', ' ', 's', 'p', 'a', 'c', 'e', 0, 0xFFFF, 0xFFFF});
    }

    @Test
    void putsTheLastPartFirstWithTheEndFlag() {
        List<byte[]> slots = LongNameEntries.encode("A Long File Name.jpeg", 0x6D);
        assertThat(slots).hasSize(2);
        assertThat(slots.get(0)[0]).isEqualTo((byte) 0x42);
        assertThat(slots.get(1)[0]).isEqualTo((byte) 0x01);
        assertThat(units(slots.get(1))).isEqualTo("A Long File N".chars().toArray());
        assertThat(units(slots.get(0))).isEqualTo(new int[] {'a', 'm', 'e', '.', 'j', 'p', 'e', 'g', 0,
                0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF});
    }

    @Test
    void aNameFillingItsLastSlotHasNoTerminator() {
        List<byte[]> slots = LongNameEntries.encode("abcdefghijklmnopqrstuvwxyz", 7);
        assertThat(slots).hasSize(2);
        assertThat(units(slots.get(0))).isEqualTo("nopqrstuvwxyz".chars().toArray());
    }

    @Test
    void storesUtf16UnitsLittleEndian() {
        byte[] s = LongNameEntries.encode("日😀", 0).get(0);
        assertThat(units(s)).startsWith(0x65E5, 0xD83D, 0xDE00, 0);
        assertThat(s[1]).isEqualTo((byte) 0xE5);
        assertThat(s[2]).isEqualTo((byte) 0x65);
    }

    @Test
    void refusesEmptyAndOverlongNames() {
        assertThatThrownBy(() -> LongNameEntries.encode("", 0)).hasMessageContaining("not 0");
        assertThatThrownBy(() -> LongNameEntries.encode("a".repeat(256), 0)).hasMessageContaining("not 256");
        assertThat(LongNameEntries.encode("a".repeat(255), 0)).hasSize(20);
    }

    @Test
    void scanningTheSlotsGivesTheNameBack() {
        String[] names = {"a", "abcdefghijklm", "abcdefghijklmn", "A Long File Name.jpeg", "日本語.txt", "😀🎉.png",
                "x".repeat(255), "├⌐.txt"};
        for (String name : names) {
            ShortName shortName = ShortNames.numbered(ShortNames.basisFor(name), 1, name);
            List<byte[]> slots = LongNameEntries.encode(name, shortName.checksum());
            byte[] dir = new byte[(slots.size() + 2) * 32];
            for (int i = 0; i < slots.size(); i++) {
                System.arraycopy(slots.get(i), 0, dir, i * 32, 32);
            }
            new DirEntry(shortName, DirEntry.ATTR_ARCHIVE).encode(dir, slots.size() * 32);
            DirectoryListing listing = DirectoryScanner.scan(dir);
            assertThat(listing.problems()).as(name).isEmpty();
            assertThat(listing.entries()).singleElement().satisfies(r -> {
                assertThat(r.longName()).isEqualTo(name);
                assertThat(r.firstSlot()).isZero();
                assertThat(r.slotCount()).isEqualTo(slots.size() + 1);
            });
        }
    }

    static int[] units(byte[] slot) {
        int[] offsets = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30};
        int[] units = new int[13];
        for (int i = 0; i < 13; i++) {
            units[i] = (slot[offsets[i]] & 0xFF) | (slot[offsets[i] + 1] & 0xFF) << 8;
        }
        return units;
    }
}
