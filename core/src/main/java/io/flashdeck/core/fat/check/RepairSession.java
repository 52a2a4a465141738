package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.tree.Directory;
import io.flashdeck.core.fat.tree.DirectoryLocation;
import io.flashdeck.core.fat.tree.DirectoryImage;
import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * The volume opened for writing while repairs run, with the few changes they share. Directory
 * entries are found again by their {@link EntrySite}, read afresh, so a repair never writes back
 * a stale copy of a directory.
 */
final class RepairSession {

    private static final int DELETED = 0xE5;

    /**
     * The entry a repair was for is gone: an earlier repair removed it (a directory without
     * clusters loses its entry before its size is looked at), so nothing is left to do.
     */
    static final class EntryGone extends IOException {
        EntryGone(String message) {
            super(message);
        }
    }

    /** A directory entry found again, with its directory. */
    record Found(Directory directory, DirectoryRecord record) {
    }

    private final FatFileSystem fs;

    RepairSession(FatFileSystem fs) {
        this.fs = fs;
    }

    FatFileSystem fs() {
        return fs;
    }

    /** The directory at {@code location}, read through the engine's store. */
    Directory directory(DirectoryLocation location) throws IOException {
        return new Directory(fs.directories(), fs.directories().read(location));
    }

    /** The entry at {@code site}; throws when the slot no longer holds it. */
    Found find(EntrySite site) throws IOException {
        Directory directory = directory(site.directory());
        for (DirectoryRecord record : directory.image().listing().entries()) {
            if (record.shortSlot() == site.shortSlot() && record.entry().shortName().equals(site.name())) {
                return new Found(directory, record);
            }
        }
        throw new EntryGone(site.path() + ": the entry is no longer in slot " + site.shortSlot());
    }

    /** Changes the short entry at {@code site} in one slot write. */
    void updateEntry(EntrySite site, Consumer<DirEntry> change) throws IOException {
        Found found = find(site);
        DirEntry entry = found.directory().entryOf(found.record());
        change.accept(entry);
        found.directory().update(found.record(), entry);
    }

    /** Marks every slot of the entry at {@code site} deleted, short entry first. */
    void removeEntry(EntrySite site) throws IOException {
        Found found = find(site);
        found.directory().remove(found.record());
    }

    /** Marks {@code count} slots from {@code first} of a directory deleted. */
    void deleteSlots(DirectoryLocation location, int first, int count) throws IOException {
        markSlots(location, first, count, DELETED);
    }

    /** Gives {@code count} slots from {@code first} of a directory the first byte {@code marker} (0xE5 or 0). */
    void markSlots(DirectoryLocation location, int first, int count, int marker) throws IOException {
        DirectoryImage image = fs.directories().read(location);
        if (first + count > image.slotCount()) {
            throw new CorruptVolumeException("slots " + first + " to " + (first + count - 1)
                    + " are past the end of the directory (" + image.slotCount() + " slots)");
        }
        for (int slot = first; slot < first + count; slot++) {
            image.bytes()[slot * DirEntry.SIZE] = (byte) marker;
        }
        fs.directories().writeSlots(image, first, count);
    }

    /** Makes {@code cluster} the last of its chain. */
    void endChainAt(long cluster) throws IOException {
        fs.fat().set(cluster, fs.type().endOfChain());
    }

    /** The first cluster an entry names, as the volume's FAT type reads it. */
    long firstCluster(DirEntry entry) {
        return fs.directories().firstCluster(entry);
    }
}
