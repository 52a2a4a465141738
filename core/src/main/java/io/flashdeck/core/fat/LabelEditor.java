package io.flashdeck.core.fat;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.tree.Directory;
import io.flashdeck.core.fat.tree.DirectoryImage;
import io.flashdeck.core.fat.tree.EntryName;
import io.flashdeck.core.format.VolumeLabel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The volume label, kept in two places: the root directory's label entry, which wins when both
 * exist (as FatFs and Windows read it), and the boot sector (plus its FAT32 backup).
 */
final class LabelEditor {

    private static final byte[] NO_NAME = "NO NAME    ".getBytes(StandardCharsets.US_ASCII);

    private final WriteContext context;
    private final FatFileSystem fs;

    LabelEditor(WriteContext context) {
        this.context = context;
        this.fs = context.fs();
    }

    /** The label as shown, or {@code ""} when the volume has none. */
    String read() throws IOException {
        DirectoryImage root = fs.directories().read(fs.directories().root());
        int slot = labelSlot(root);
        if (slot >= 0) {
            return display(Arrays.copyOfRange(root.bytes(), slot * DirEntry.SIZE, slot * DirEntry.SIZE + ShortName.LENGTH));
        }
        if (fs.bootSector().label().isEmpty()) {
            return "";
        }
        byte[] bpbLabel = fs.device().read(fs.bootSector().labelOffset(), ShortName.LENGTH);
        return Arrays.equals(bpbLabel, NO_NAME) ? "" : display(bpbLabel);
    }

    /** Sets the label in the root directory and the boot sector; {@code ""} removes it. */
    void write(String label) throws IOException {
        context.checkWritable();
        byte[] name = encode(label);
        Directory root = new Directory(fs.directories(), fs.directories().read(fs.directories().root()));
        int slot = labelSlot(root.image());
        if (slot >= 0) {
            byte[] bytes = root.image().bytes();
            if (name == null) {
                bytes[slot * DirEntry.SIZE] = (byte) 0xE5;
            } else {
                DirEntry entry = DirEntry.parse(bytes, slot * DirEntry.SIZE);
                entry.setShortName(ShortName.ofBytes(name));
                entry.setModified(context.stamps().now());
                entry.encode(bytes, slot * DirEntry.SIZE);
            }
            fs.directories().writeSlots(root.image(), slot, 1);
        } else if (name != null) {
            context.requireClusters(root.growthFor(1));
            DirEntry entry = new DirEntry(ShortName.ofBytes(name), DirEntry.ATTR_VOLUME_ID);
            entry.setModified(context.stamps().now());
            root.add(new EntryName(entry.shortName(), 0, List.of()), entry);
        }
        writeBootSectorLabel(name == null ? NO_NAME : name);
        fs.sync();
    }

    private void writeBootSectorLabel(byte[] name) throws IOException {
        BootSector boot = fs.bootSector();
        if (boot.label().isEmpty()) {
            return;
        }
        fs.device().write(boot.labelOffset(), ByteBuffer.wrap(name));
        if (boot.backupBootSector().isPresent()) {
            long backup = (long) boot.backupBootSector().get() * boot.bytesPerSector();
            fs.device().write(backup + boot.labelOffset(), ByteBuffer.wrap(name));
        }
    }

    /** The 11 label bytes for {@code label} as FatFs stores them, or null for no label. */
    private static byte[] encode(String label) throws IOException {
        try {
            String normalized = VolumeLabel.normalize(label);
            return normalized == null ? null : VolumeLabel.field(normalized);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid volume label \"" + label + "\": " + e.getMessage(), e);
        }
    }

    private static String display(byte[] elevenBytes) {
        int end = elevenBytes.length;
        while (end > 0 && elevenBytes[end - 1] == ' ') {
            end--;
        }
        return DisplayNames.fromBytes(Arrays.copyOf(elevenBytes, end));
    }

    /** The slot of the root's label entry, or -1. */
    private static int labelSlot(DirectoryImage root) {
        int end = root.listing().endSlot();
        byte[] bytes = root.bytes();
        for (int slot = 0; slot < end; slot++) {
            if ((bytes[slot * DirEntry.SIZE] & 0xFF) != 0xE5 && DirEntry.parse(bytes, slot * DirEntry.SIZE).isVolumeLabel()) {
                return slot;
            }
        }
        return -1;
    }
}
