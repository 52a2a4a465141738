package io.flashdeck.core.fat.dir;

/** Where a new entry can go in a directory's slots. */
public final class DirectorySlots {

    private DirectorySlots() {
    }

    /**
     * The first index of {@code count} consecutive free slots (deleted ones, or any at or after
     * the end mark), or -1 when the directory has no such run.
     */
    public static int findFreeRun(byte[] directoryBytes, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a run has at least one slot, not " + count);
        }
        int slots = directoryBytes.length / DirEntry.SIZE;
        int runStart = 0;
        for (int slot = 0; slot < slots; slot++) {
            int first = directoryBytes[slot * DirEntry.SIZE] & 0xFF;
            if (first == 0) {
                return slots - runStart >= count ? runStart : -1;
            }
            if (first != ShortName.DELETED_MARK) {
                runStart = slot + 1;
            } else if (slot + 1 - runStart >= count) {
                return runStart;
            }
        }
        return -1;
    }
}
