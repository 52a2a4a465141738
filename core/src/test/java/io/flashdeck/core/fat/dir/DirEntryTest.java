package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DirEntryTest {

    @Test
    void decodesEveryFieldFromItsBytes() {
        byte[] dir = new byte[64];
        byte[] e = new byte[32];
        ShortName.of("MAIN    PY ").write(e, 0);
        e[11] = 0x21;
        e[12] = 0x18;
        e[13] = 123;
        put16(e, 14, 0x5555);
        put16(e, 16, 0x5A78);
        put16(e, 18, 0x5A79);
        put16(e, 20, 0x0012);
        put16(e, 22, 0x6BE3);
        put16(e, 24, 0x5B78);
        put16(e, 26, 0x3456);
        put16(e, 28, 0xFFFE);
        put16(e, 30, 0xFFFF);
        System.arraycopy(e, 0, dir, 32, 32);

        DirEntry entry = DirEntry.parse(dir, 32);
        assertThat(entry.shortName()).isEqualTo(ShortName.of("MAIN    PY "));
        assertThat(entry.attributes()).isEqualTo(0x21);
        assertThat(entry.ntCase()).isEqualTo(0x18);
        assertThat(entry.creationTenths()).isEqualTo(123);
        assertThat(entry.creationTime()).isEqualTo(0x5555);
        assertThat(entry.creationDate()).isEqualTo(0x5A78);
        assertThat(entry.accessDate()).isEqualTo(0x5A79);
        assertThat(entry.firstCluster()).isEqualTo(0x0012_3456);
        assertThat(entry.modifiedTime()).isEqualTo(0x6BE3);
        assertThat(entry.modifiedDate()).isEqualTo(0x5B78);
        assertThat(entry.size()).isEqualTo(0xFFFF_FFFEL);
        assertThat(entry.modified()).isEqualTo(LocalDateTime.of(2025, 11, 24, 13, 31, 6));

        byte[] again = new byte[32];
        entry.encode(again, 0);
        assertThat(again).isEqualTo(e);
    }

    @Test
    void roundTripsSeededRandomEntries() {
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            byte[] e = new byte[32];
            random.nextBytes(e);
            if (e[0] == 0x05 || e[0] == (byte) 0xE5) {
                e[0] = 'A'; // 0xE5 marks a deleted slot, no entry; 0x05 is covered in ShortNameTest
            }
            byte[] again = new byte[32];
            DirEntry.parse(e, 0).encode(again, 0);
            assertThat(again).isEqualTo(e);
        }
    }

    @Test
    void writesFieldsSetOnANewEntry() {
        DirEntry entry = new DirEntry(ShortName.of("DATA    BIN"), DirEntry.ATTR_ARCHIVE);
        LocalDateTime t = LocalDateTime.of(2026, 1, 2, 3, 4, 5, 60_000_000);
        entry.setModified(t);
        entry.setCreated(t);
        entry.setAccessDate(FatTimestamp.encodeDate(t));
        entry.setFirstCluster(0x0FFF_FFF7);
        entry.setSize(0xFFFF_FFFFL);
        entry.setNtCase(ShortName.LOWER_EXTENSION);
        byte[] dir = new byte[32];
        entry.encode(dir, 0);

        DirEntry back = DirEntry.parse(dir, 0);
        assertThat(back.modified()).isEqualTo(t.withSecond(4).withNano(0));
        assertThat(back.created()).isEqualTo(t);
        assertThat(back.firstCluster()).isEqualTo(0x0FFF_FFF7);
        assertThat(back.size()).isEqualTo(0xFFFF_FFFFL);
        assertThat(back.shortName().toDisplayName(back.ntCase())).isEqualTo("DATA.bin");
        assertThat(back.isDirectory()).isFalse();
        assertThat(dir[20]).isEqualTo((byte) 0xFF);
        assertThat(dir[21]).isEqualTo((byte) 0x0F);
        assertThat(dir[26]).isEqualTo((byte) 0xF7);
    }

    @Test
    void knowsDirectoriesAndVolumeLabels() {
        assertThat(new DirEntry(ShortName.of("IMAGES     "), DirEntry.ATTR_DIRECTORY).isDirectory()).isTrue();
        assertThat(new DirEntry(ShortName.of("MYCAM      "), DirEntry.ATTR_VOLUME_ID | DirEntry.ATTR_ARCHIVE)
                .isVolumeLabel()).isTrue();
        assertThat(new DirEntry(ShortName.of("MYCAM      "), DirEntry.ATTR_LONG_NAME).isVolumeLabel()).isFalse();
        assertThat(new DirEntry(ShortName.of("MAIN    PY "), DirEntry.ATTR_ARCHIVE).isVolumeLabel()).isFalse();
        assertThat(DirEntry.isLongNameSlot(0x0F | 0x80)).as("reserved bits are ignored").isTrue();
    }

    @Test
    void givesNullTimesForZeroFields() {
        DirEntry entry = new DirEntry(ShortName.of("X          "), 0);
        assertThat(entry.modified()).isNull();
        assertThat(entry.created()).isNull();
    }

    @Test
    void refusesValuesTheirFieldCannotHold() {
        DirEntry entry = new DirEntry(ShortName.of("X          "), 0);
        assertThatThrownBy(() -> entry.setSize(-1)).hasMessageContaining("not -1");
        assertThatThrownBy(() -> entry.setSize(1L << 32)).hasMessageContaining("not 4294967296");
        assertThatThrownBy(() -> entry.setModifiedDate(0x10000)).hasMessageContaining("modifiedDate");
        assertThatThrownBy(() -> entry.setAttributes(256)).hasMessageContaining("attributes");
        assertThatThrownBy(() -> new DirEntry(ShortName.DOT, -1)).hasMessageContaining("attributes");
    }

    private static void put16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >> 8);
    }
}
