package io.flashdeck.core.fat;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.name.Cp437;
import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.tree.Directory;
import io.flashdeck.core.fat.tree.DirectoryImage;
import io.flashdeck.core.fat.tree.EntryName;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The volume label, kept in two places: the root directory's label entry, which wins when both
 * exist (as FatFs and Windows read it), and the boot sector (plus its FAT32 backup).
 */
final class VolumeLabel {

    private static final byte[] NO_NAME = "NO NAME    ".getBytes(StandardCharsets.US_ASCII);
    /** Characters FatFs refuses in labels, besides control characters. */
    private static final String FORBIDDEN = "\"*+,./:;<=>?[\\]|\u007F";

    private final WriteContext context;
    private final FatFileSystem fs;

    VolumeLabel(WriteContext context) {
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

    /** The 11 label bytes for {@code label}, upper-cased as FatFs stores them, or null for no label. */
    private static byte[] encode(String label) throws IOException {
        String trimmed = label.stripTrailing();
        if (trimmed.isEmpty()) {
            return null;
        }
        for (char c : trimmed.toCharArray()) {
            if (c < 0x20 || FORBIDDEN.indexOf(c) >= 0) {
                throw new IOException("not a valid volume label \"" + label + "\": '" + printable(c) + "' is not allowed");
            }
        }
        if (!Cp437.canEncode(trimmed)) {
            throw new IOException("not a valid volume label \"" + label + "\": it has characters outside code page 437");
        }
        byte[] bytes = Cp437.encode(trimmed);
        if (bytes.length > ShortName.LENGTH) {
            throw new IOException("not a valid volume label \"" + label + "\": at most 11 characters fit");
        }
        byte[] name = new byte[ShortName.LENGTH];
        Arrays.fill(name, (byte) ' ');
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            name[i] = (byte) (b >= 'a' && b <= 'z' ? b - ('a' - 'A') : Cp437.toUpper(b));
        }
        return name;
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7F ? String.format("U+%04X", (int) c) : String.valueOf(c);
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
