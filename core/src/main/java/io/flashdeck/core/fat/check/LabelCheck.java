package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.name.Cp437;
import io.flashdeck.core.fat.tree.DirectoryLocation;
import io.flashdeck.core.format.VolumeLabel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The volume label, kept in the root directory's label entry and in the boot sector: each must be
 * a label FatFs could have written, and the boot sector must carry the root's label (or
 * {@code NO NAME} when the root has none), as Windows and fsck.fat expect. The root's entry wins:
 * a damaged one is removed, then the boot sector is made to agree.
 */
final class LabelCheck {

    private static final byte[] NO_NAME = "NO NAME    ".getBytes(StandardCharsets.US_ASCII);
    private static final int DELETED = 0xE5;
    private static final int ATTRIBUTE_BITS = 0x3F;

    private final FatFileSystem fs;
    private final BootSector boot;
    private final List<Problem> problems;

    LabelCheck(FatFileSystem fs, List<Problem> problems) {
        this.fs = fs;
        this.boot = fs.bootSector();
        this.problems = problems;
    }

    /**
     * Checks the labels, given the root directory's bytes and end mark. FatFs takes the first label
     * entry, so every damaged one is removed until a proper one comes first.
     */
    void check(DirectoryLocation root, byte[] rootBytes, int endSlot) throws IOException {
        byte[] rootLabel = null;
        for (int slot = nextLabel(rootBytes, 0, endSlot); slot >= 0 && rootLabel == null;
                slot = nextLabel(rootBytes, slot + 1, endSlot)) {
            byte[] name = Arrays.copyOfRange(rootBytes, slot * DirEntry.SIZE, slot * DirEntry.SIZE + VolumeLabel.LENGTH);
            if (isValid(name)) {
                rootLabel = name;
            } else {
                problems.add(new Problem(ProblemKind.VOLUME_LABEL, "/", 0, "the volume label \"" + Cp437.decode(name)
                        + "\" in slot " + slot + " of the root directory holds characters a label may not",
                        EntryRepairs.deleteSlots(root, slot, 1, "/")));
            }
        }
        if (boot.label().isEmpty()) {
            return;
        }
        byte[] bootLabel = boot.label().get();
        byte[] expected = rootLabel != null ? rootLabel : NO_NAME;
        if (!Arrays.equals(bootLabel, expected)) {
            String rootSays = rootLabel != null ? "the root directory's label \"" + Cp437.decode(rootLabel).strip() + "\""
                    : "the root directory, which has none";
            problems.add(new Problem(ProblemKind.VOLUME_LABEL, null, 0, "the boot sector's label \""
                    + Cp437.decode(bootLabel).strip() + "\" disagrees with " + rootSays, session -> {
                        writeBootLabel(expected);
                        return "set the boot sector's label to \"" + Cp437.decode(expected).strip() + "\"";
                    }));
        }
    }

    /** The slot of the next label entry from {@code from} on, or -1. */
    private static int nextLabel(byte[] bytes, int from, int endSlot) {
        for (int slot = from; slot < endSlot; slot++) {
            int offset = slot * DirEntry.SIZE;
            int attributes = bytes[offset + 11] & ATTRIBUTE_BITS;
            if ((bytes[offset] & 0xFF) != DELETED && (attributes & ~DirEntry.ATTR_ARCHIVE) == DirEntry.ATTR_VOLUME_ID) {
                return slot;
            }
        }
        return -1;
    }

    /** A label FatFs's f_setlabel could have stored: no forbidden or control characters, not blank, no leading space. */
    private static boolean isValid(byte[] label) {
        for (byte b : label) {
            if ((b & 0xFF) < 0x20 || b == 0x7F) {
                return false;
            }
        }
        String text = Cp437.decode(label);
        try {
            return VolumeLabel.normalize(text) != null && !text.startsWith(" ");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void writeBootLabel(byte[] label) throws IOException {
        fs.device().write(boot.labelOffset(), ByteBuffer.wrap(label));
        if (boot.backupBootSector().isPresent()) {
            long backup = (long) boot.backupBootSector().get() * boot.bytesPerSector();
            fs.device().write(backup + boot.labelOffset(), ByteBuffer.wrap(label));
        }
    }
}
