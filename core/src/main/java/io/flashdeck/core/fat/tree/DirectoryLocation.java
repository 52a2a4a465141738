package io.flashdeck.core.fat.tree;

/**
 * Where a directory's slots live: the fixed root area of FAT12/16 ({@code firstCluster} 0), or a
 * cluster chain (every subdirectory, and the root of FAT32).
 *
 * @param firstCluster first cluster of the chain, 0 for the fixed root area
 * @param isRoot       the volume's root directory
 */
public record DirectoryLocation(long firstCluster, boolean isRoot) {

    /** The fixed root directory area of a FAT12/16 volume. */
    public static final DirectoryLocation FIXED_ROOT = new DirectoryLocation(0, true);

    public DirectoryLocation {
        if (firstCluster == 0 && !isRoot) {
            throw new IllegalArgumentException("only the root directory lives outside the clusters");
        }
    }

    public boolean isFixedRoot() {
        return firstCluster == 0;
    }

    /** The cluster a {@code ..} entry names for this directory: 0 for the root, as FAT wants even on FAT32. */
    public long dotDotCluster() {
        return isRoot ? 0 : firstCluster;
    }

    // Written out: a record's own equals and hashCode link a method-handle bootstrap the first time
    // they run, milliseconds of every command's start for this key of the directory cache.
    @Override
    public boolean equals(Object o) {
        return o instanceof DirectoryLocation other && other.firstCluster == firstCluster && other.isRoot == isRoot;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(firstCluster) * 2 + (isRoot ? 1 : 0);
    }
}
