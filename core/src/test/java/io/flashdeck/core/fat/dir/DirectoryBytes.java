package io.flashdeck.core.fat.dir;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** Builds raw directory bytes slot by slot for scanner tests. */
final class DirectoryBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Long-name slots for {@code name} tied to {@code shortName}, then its short entry. */
    DirectoryBytes file(String name, String shortName) {
        ShortName sn = ShortName.of(shortName);
        longName(name, sn.checksum());
        return entry(shortName, DirEntry.ATTR_ARCHIVE, 0);
    }

    DirectoryBytes longName(String name, int checksum) {
        slots(LongNameEntries.encode(name, checksum));
        return this;
    }

    DirectoryBytes slots(List<byte[]> slots) {
        slots.forEach(out::writeBytes);
        return this;
    }

    DirectoryBytes entry(String shortName, int attributes, int ntCase) {
        DirEntry entry = new DirEntry(ShortName.of(shortName), attributes);
        entry.setNtCase(ntCase);
        byte[] slot = new byte[DirEntry.SIZE];
        entry.encode(slot, 0);
        out.writeBytes(slot);
        return this;
    }

    DirectoryBytes deleted() {
        byte[] slot = new byte[DirEntry.SIZE];
        slot[0] = (byte) 0xE5;
        slot[11] = DirEntry.ATTR_ARCHIVE;
        out.writeBytes(slot);
        return this;
    }

    DirectoryBytes end() {
        out.writeBytes(new byte[DirEntry.SIZE]);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
