package io.flashdeck.core.fat.dir;

/**
 * One logical directory entry: a short entry and the valid long name before it, if any.
 *
 * @param firstSlot   index of the first long-name slot, or of the short slot when there is no
 *                    valid long name
 * @param slotCount   slots taken, long-name slots included
 * @param entry       the short entry (its slot is {@code firstSlot + slotCount - 1})
 * @param longName    the long name as stored, or null
 * @param displayName the name shown (DESIGN.md §3)
 */
public record DirectoryRecord(int firstSlot, int slotCount, DirEntry entry, String longName, String displayName) {

    /** Index of the short entry's slot. */
    public int shortSlot() {
        return firstSlot + slotCount - 1;
    }
}
