package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/** Checks that a record's long-name slots are byte for byte what {@link LongNameEntries} writes. */
final class LongNameSlotAssertions {

    private LongNameSlotAssertions() {
    }

    static void assertSlotsAsWritten(byte[] dir, DirectoryRecord r) {
        List<byte[]> expected = LongNameEntries.encode(r.longName(), r.entry().shortName().checksum());
        assertThat(r.slotCount()).as("slots of \"%s\"", r.displayName()).isEqualTo(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            int offset = (r.firstSlot() + i) * DirEntry.SIZE;
            assertThat(Arrays.copyOfRange(dir, offset, offset + DirEntry.SIZE))
                    .as("slot %d of \"%s\"", i, r.displayName()).isEqualTo(expected.get(i));
        }
    }
}
