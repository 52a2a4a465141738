package io.flashdeck.core.fat.tree;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.fat.data.ClusterIo;
import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.table.ChainCursor;
import io.flashdeck.core.fat.table.ClusterAllocator;
import io.flashdeck.core.fat.table.ClusterRun;
import io.flashdeck.core.fat.table.FatTable;
import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.core.volume.VolumePath;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads whole directories from the device and writes changed slots back, growing a directory by a
 * zeroed cluster when it is full.
 *
 * <p>Every slot write first flushes the FAT, so a directory entry never reaches the disk before
 * the chain it points to: a power cut leaves at worst clusters nobody refers to.
 *
 * <p>Directories read recently are kept: every change to them comes through here, so the kept
 * copies stay what the disk holds. Whoever changes directories another way (a repair writing raw
 * sectors) calls {@link #forgetAll()}; deleting a directory calls {@link #forget}.
 */
public final class DirectoryStore {

    /** Most slots a directory may have, as FatFs allows (2 MiB of entries). */
    public static final int MAX_SLOTS = 65536;

    private final BlockDevice device;
    private final BootSector boot;
    private final FatTable fat;
    private final ClusterAllocator allocator;
    private final ClusterIo clusters;
    private final DirectoryCache cache = new DirectoryCache();
    private volatile long generation;

    public DirectoryStore(BlockDevice device, BootSector boot, FatTable fat, ClusterAllocator allocator,
            ClusterIo clusters) {
        this.device = device;
        this.boot = boot;
        this.fat = fat;
        this.allocator = allocator;
        this.clusters = clusters;
    }

    /** Where the root directory lives. */
    public DirectoryLocation root() {
        return boot.fatType() == FatType.FAT32
                ? new DirectoryLocation(boot.rootCluster(), true)
                : DirectoryLocation.FIXED_ROOT;
    }

    /** The first cluster an entry names (FAT12/16 use only the low 16 bits, as FatFs reads them). */
    public long firstCluster(DirEntry entry) {
        long cluster = Integer.toUnsignedLong(entry.firstCluster());
        return boot.fatType() == FatType.FAT32 ? cluster : cluster & 0xFFFF;
    }

    /**
     * The directory an entry describes. A subdirectory without a cluster is damage (FatFs would
     * show the root in its place, which makes the tree loop).
     */
    public DirectoryLocation locationOf(DirEntry entry, VolumePath path) throws CorruptVolumeException {
        long cluster = firstCluster(entry);
        if (!boot.layout().isValidCluster(cluster)) {
            throw new CorruptVolumeException("directory \"" + path + "\" starts at cluster " + cluster
                    + ", outside the volume (clusters 2 to " + boot.layout().lastCluster() + ")");
        }
        return new DirectoryLocation(cluster, false);
    }

    /**
     * Every slot of a directory (at most {@link #MAX_SLOTS}). The image may be one read earlier:
     * change its bytes only to write them with {@link #writeSlots}.
     */
    public DirectoryImage read(DirectoryLocation location) throws IOException {
        DirectoryImage image = cache.get(location);
        if (image == null) {
            image = readFromDevice(location);
            cache.put(image);
        }
        return image;
    }

    /** Drops the kept copy of a directory that is going away. */
    public void forget(DirectoryLocation location) {
        generation++;
        cache.forget(location);
    }

    /** Drops every kept directory, after directories changed on the device behind this store's back. */
    public void forgetAll() {
        generation++;
        cache.clear();
    }

    /** Counts the changes to directories: where a path leads holds as long as this stays the same. */
    public long generation() {
        return generation;
    }

    private DirectoryImage readFromDevice(DirectoryLocation location) throws IOException {
        if (location.isFixedRoot()) {
            long offset = boot.layout().rootDirOffset();
            return new DirectoryImage(device.read(offset, (int) boot.layout().rootDirBytes()), offset);
        }
        int clusterBytes = clusters.clusterBytes();
        long maxClusters = (long) MAX_SLOTS * DirEntry.SIZE / clusterBytes;
        List<ClusterRun> runs = new ArrayList<>();
        long total = 0;
        ChainCursor cursor = new ChainCursor(fat, location.firstCluster());
        for (ClusterRun run = cursor.nextRun(maxClusters + 1); run != null; run = cursor.nextRun(maxClusters + 1)) {
            total += run.length();
            if (total > maxClusters) {
                throw new CorruptVolumeException("the directory at cluster " + location.firstCluster()
                        + " is longer than " + MAX_SLOTS + " entries (2 MiB), the most FAT allows");
            }
            runs.add(run);
        }
        byte[] bytes = new byte[(int) (total * clusterBytes)];
        long[] chain = new long[(int) total];
        int at = 0;
        for (ClusterRun run : runs) {
            clusters.read(run, 0, ByteBuffer.wrap(bytes, at * clusterBytes, (int) run.length() * clusterBytes));
            for (long cluster = run.first(); cluster <= run.last(); cluster++) {
                chain[at++] = cluster;
            }
        }
        return new DirectoryImage(location, bytes, chain, clusterBytes);
    }

    /**
     * Writes slots {@code [firstSlot, firstSlot + count)} of {@code image} to the device, one
     * device write per cluster touched, after flushing the FAT.
     */
    public void writeSlots(DirectoryImage image, int firstSlot, int count) throws IOException {
        generation++;
        image.changed();
        try {
            fat.flush();
            writeToDevice(image, firstSlot, count);
            cache.put(image);
        } catch (IOException | RuntimeException e) {
            // The bytes in memory may now differ from the disk: read them again next time.
            cache.forget(image.location());
            throw e;
        }
    }

    private void writeToDevice(DirectoryImage image, int firstSlot, int count) throws IOException {
        if (image.location().isFixedRoot()) {
            device.write(image.areaOffset() + (long) firstSlot * DirEntry.SIZE,
                    ByteBuffer.wrap(image.bytes(), firstSlot * DirEntry.SIZE, count * DirEntry.SIZE));
            return;
        }
        int slotsPerCluster = clusters.clusterBytes() / DirEntry.SIZE;
        int slot = firstSlot;
        int end = firstSlot + count;
        while (slot < end) {
            int pieceEnd = Math.min(end, (slot / slotsPerCluster + 1) * slotsPerCluster);
            long offset = clusters.offset(image.slotCluster(slot)) + image.slotOffsetInCluster(slot);
            device.write(offset, ByteBuffer.wrap(image.bytes(), slot * DirEntry.SIZE, (pieceEnd - slot) * DirEntry.SIZE));
            slot = pieceEnd;
        }
    }

    /** Slots one more cluster adds to a directory. */
    public int slotsPerCluster() {
        return clusters.clusterBytes() / DirEntry.SIZE;
    }

    /**
     * Throws unless {@code image} may grow by a cluster: the fixed root cannot grow, and no
     * directory may pass {@link #MAX_SLOTS}.
     */
    public void checkCanGrow(DirectoryImage image) throws IOException {
        if (image.location().isFixedRoot()) {
            throw new VolumeFullException("the root directory is full: " + boot.fatType().displayName()
                    + " keeps it in a fixed area of " + image.slotCount() + " entries");
        }
        if (image.slotCount() + slotsPerCluster() > MAX_SLOTS) {
            throw new VolumeFullException("the directory is full: FAT allows at most " + MAX_SLOTS
                    + " entries in one directory");
        }
    }

    /**
     * Adds a zeroed cluster at the end of a directory and returns the grown image. The cluster is
     * zeroed on the device before the FAT links it, so a power cut never exposes stale bytes as entries.
     */
    public DirectoryImage grow(DirectoryImage image) throws IOException {
        checkCanGrow(image);
        cache.forget(image.location());
        long cluster = allocator.allocate(1).first();
        clusters.zero(cluster);
        long[] chain = image.clusters();
        allocator.link(chain[chain.length - 1], cluster);
        long[] grown = Arrays.copyOf(chain, chain.length + 1);
        grown[chain.length] = cluster;
        byte[] bytes = Arrays.copyOf(image.bytes(), image.bytes().length + clusters.clusterBytes());
        return new DirectoryImage(image.location(), bytes, grown, clusters.clusterBytes());
    }
}
