package io.flashdeck.core.fat.dir;

import io.flashdeck.core.fat.name.NameRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The 32-byte long-name (VFAT) slots that precede a short entry: 13 UTF-16 units each, the
 * last part of the name first on disk, tied to the short name by its checksum.
 */
public final class LongNameEntries {

    /** UTF-16 units one slot holds. */
    public static final int UNITS_PER_SLOT = 13;
    /** Ordinal bit marking the slot that holds the end of the name (first on disk). */
    public static final int LAST_SLOT_FLAG = 0x40;
    /** Most slots one name can take: 20 × 13 units hold the 255-unit limit. */
    public static final int MAX_SLOTS = 20;

    static final int ORDINAL = 0;
    static final int ATTRIBUTES = 11;
    static final int CHECKSUM = 13;
    static final int CLUSTER = 26;
    static final int PADDING = 0xFFFF;
    /** Where the 13 units of a slot sit: 5 after the ordinal, 6 after the checksum, 2 at the end. */
    private static final int[] UNIT_OFFSETS = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30};

    private LongNameEntries() {
    }

    public static int slotCount(String storedLongName) {
        return (storedLongName.length() + UNITS_PER_SLOT - 1) / UNITS_PER_SLOT;
    }

    /**
     * The slots for {@code storedLongName} in on-disk order (highest ordinal first): the name,
     * a NUL after it when it does not fill the last slot, then 0xFFFF padding.
     */
    public static List<byte[]> encode(String storedLongName, int checksum) {
        int length = storedLongName.length();
        if (length == 0 || length > NameRules.MAX_LONG_NAME) {
            throw new IllegalArgumentException("a long name has 1 to " + NameRules.MAX_LONG_NAME
                    + " UTF-16 units, not " + length);
        }
        int count = slotCount(storedLongName);
        List<byte[]> slots = new ArrayList<>(count);
        for (int ordinal = count; ordinal >= 1; ordinal--) {
            byte[] slot = new byte[DirEntry.SIZE];
            slot[ORDINAL] = (byte) (ordinal == count ? ordinal | LAST_SLOT_FLAG : ordinal);
            slot[ATTRIBUTES] = (byte) DirEntry.ATTR_LONG_NAME;
            slot[CHECKSUM] = (byte) checksum;
            int first = (ordinal - 1) * UNITS_PER_SLOT;
            for (int i = 0; i < UNITS_PER_SLOT; i++) {
                int at = first + i;
                int unit = at < length ? storedLongName.charAt(at) : at == length ? 0 : PADDING;
                LittleEndian.put16(slot, UNIT_OFFSETS[i], unit);
            }
            slots.add(slot);
        }
        return slots;
    }

    /** The {@code index}th (0-12) UTF-16 unit of a slot. */
    static int unit(byte[] dir, int slotOffset, int index) {
        return LittleEndian.u16(dir, slotOffset + UNIT_OFFSETS[index]);
    }
}
