package io.flashdeck.core.fat.tree;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.dir.DirectorySlots;
import io.flashdeck.core.fat.dir.ShortName;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One directory's entries: finding them by name as FAT does (case-insensitive, long or 8.3 name),
 * adding, changing and removing them. Slots never move, so a record found earlier stays valid
 * after other entries are added.
 */
public final class Directory {

    private static final int DELETED = 0xE5;

    private final DirectoryStore store;
    private DirectoryImage image;

    public Directory(DirectoryStore store, DirectoryImage image) {
        this.store = store;
        this.image = image;
    }

    public DirectoryLocation location() {
        return image.location();
    }

    public DirectoryImage image() {
        return image;
    }

    /** The entries in slot order, without {@code .} and {@code ..}. */
    public List<DirectoryRecord> entries() {
        // a loop: listing the first directory was a command's first use of streams, 3 ms of its start
        List<DirectoryRecord> entries = new ArrayList<>();
        for (DirectoryRecord record : image.listing().entries()) {
            if (!isDotEntry(record)) {
                entries.add(record);
            }
        }
        return entries;
    }

    /** The {@code ..} entry, if the directory has one. */
    public Optional<DirectoryRecord> dotDot() {
        return image.listing().entries().stream().filter(r -> r.entry().shortName().isDotDot()).findFirst();
    }

    /** The entry called {@code name}: its long name, shown name or 8.3 name, ignoring case. */
    public Optional<DirectoryRecord> find(String name) {
        return image.names().find(name);
    }

    /** The names a new entry called {@code storedLongName} gets here. */
    public EntryName nameFor(String storedLongName) throws IOException {
        Set<ShortName> taken = image.listing().entries().stream()
                .map(record -> record.entry().shortName())
                .collect(Collectors.toSet());
        return ShortNameChooser.choose(storedLongName, taken);
    }

    /**
     * Clusters the directory must grow by to take an entry of {@code slots} slots (0 or 1); throws
     * when it cannot grow, before anything is written.
     */
    public int growthFor(int slots) throws IOException {
        if (DirectorySlots.findFreeRun(image.bytes(), slots) >= 0) {
            return 0;
        }
        store.checkCanGrow(image);
        return 1;
    }

    /** Writes a new entry under {@code name}, growing the directory when needed. */
    public void add(EntryName name, DirEntry entry) throws IOException {
        int count = name.slotCount();
        int at = DirectorySlots.findFreeRun(image.bytes(), count);
        while (at < 0) {
            image = store.grow(image);
            at = DirectorySlots.findFreeRun(image.bytes(), count);
        }
        boolean pastEnd = at + count > image.listing().endSlot();
        byte[] bytes = image.bytes();
        for (int i = 0; i < name.longNameSlots().size(); i++) {
            System.arraycopy(name.longNameSlots().get(i), 0, bytes, (at + i) * DirEntry.SIZE, DirEntry.SIZE);
        }
        entry.setShortName(name.shortName());
        entry.setNtCase(name.ntCase());
        entry.encode(bytes, (at + count - 1) * DirEntry.SIZE);
        // Beyond the end mark stale bytes may follow: a fresh end mark, written first, keeps them hidden.
        if (pastEnd && at + count < image.slotCount() && bytes[(at + count) * DirEntry.SIZE] != 0) {
            bytes[(at + count) * DirEntry.SIZE] = 0;
            store.writeSlots(image, at + count, 1);
        }
        store.writeSlots(image, at, count);
    }

    /** A copy of the short entry of {@code record} as its slot holds it now, to change and {@link #update}. */
    public DirEntry entryOf(DirectoryRecord record) {
        return DirEntry.parse(image.bytes(), record.shortSlot() * DirEntry.SIZE);
    }

    /** Rewrites the short entry of {@code record} in one slot write. */
    public void update(DirectoryRecord record, DirEntry entry) throws IOException {
        entry.encode(image.bytes(), record.shortSlot() * DirEntry.SIZE);
        store.writeSlots(image, record.shortSlot(), 1);
    }

    /**
     * Marks every slot of {@code record} deleted: the short entry first, so a power cut in between
     * leaves orphaned long-name slots (which readers ignore), never the file under its 8.3 name.
     */
    public void remove(DirectoryRecord record) throws IOException {
        byte[] bytes = image.bytes();
        for (int slot = record.firstSlot(); slot <= record.shortSlot(); slot++) {
            bytes[slot * DirEntry.SIZE] = (byte) DELETED;
        }
        store.writeSlots(image, record.shortSlot(), 1);
        if (record.slotCount() > 1) {
            store.writeSlots(image, record.firstSlot(), record.slotCount() - 1);
        }
    }

    private static boolean isDotEntry(DirectoryRecord record) {
        ShortName name = record.entry().shortName();
        return name.isDot() || name.isDotDot();
    }
}
