package io.flashdeck.core.fat.tree;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryListing;
import io.flashdeck.core.fat.dir.DirectoryScanner;

/**
 * All slots of one directory as read from the device, with where each slot lives, so that a
 * change to some slots can be written back exactly there.
 *
 * <p>The bytes are this object's own; after changing them, write the slots back with
 * {@link DirectoryStore#writeSlots}. The scanned {@link #listing()} follows the current bytes.
 */
public final class DirectoryImage {

    private final DirectoryLocation location;
    private final byte[] bytes;
    private final long[] clusters;
    private final long areaOffset;
    private final int clusterBytes;
    private DirectoryListing listing;
    private NameIndex names;

    /** A directory in the fixed root area at {@code areaOffset}. */
    DirectoryImage(byte[] bytes, long areaOffset) {
        this(DirectoryLocation.FIXED_ROOT, bytes, new long[0], areaOffset, 0);
    }

    /** A directory in {@code clusters} (in chain order) of {@code clusterBytes} each. */
    DirectoryImage(DirectoryLocation location, byte[] bytes, long[] clusters, int clusterBytes) {
        this(location, bytes, clusters, 0, clusterBytes);
    }

    private DirectoryImage(DirectoryLocation location, byte[] bytes, long[] clusters, long areaOffset,
            int clusterBytes) {
        this.location = location;
        this.bytes = bytes;
        this.clusters = clusters;
        this.areaOffset = areaOffset;
        this.clusterBytes = clusterBytes;
    }

    public DirectoryLocation location() {
        return location;
    }

    /** The raw slots, 32 bytes each; changes show in {@link #listing()} and are written by the store. */
    public byte[] bytes() {
        return bytes;
    }

    public int slotCount() {
        return bytes.length / DirEntry.SIZE;
    }

    /** The clusters of the directory in chain order (none for the fixed root). */
    public long[] clusters() {
        return clusters.clone();
    }

    /** The cluster holding {@code slot}, or 0 in the fixed root area. */
    public long slotCluster(int slot) {
        checkSlot(slot);
        return location.isFixedRoot() ? 0 : clusters[slot * DirEntry.SIZE / clusterBytes];
    }

    /** Byte offset of {@code slot} within its cluster, or within the fixed root area. */
    public int slotOffsetInCluster(int slot) {
        checkSlot(slot);
        int offset = slot * DirEntry.SIZE;
        return location.isFixedRoot() ? offset : offset % clusterBytes;
    }

    /** Offset of the fixed root area on the volume (0 for cluster-chained directories). */
    long areaOffset() {
        return areaOffset;
    }

    /** The entries as the scanner reads the current bytes. */
    public DirectoryListing listing() {
        if (listing == null) {
            listing = DirectoryScanner.scan(bytes);
        }
        return listing;
    }

    /** The entries of the current listing by name, for finding one without comparing every name. */
    NameIndex names() {
        if (names == null) {
            names = new NameIndex(listing());
        }
        return names;
    }

    /** Forgets the scanned listing after the bytes changed. */
    void changed() {
        listing = null;
        names = null;
    }

    private void checkSlot(int slot) {
        if (slot < 0 || slot >= slotCount()) {
            throw new IndexOutOfBoundsException("slot " + slot + " of " + slotCount());
        }
    }
}
