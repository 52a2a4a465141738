package io.flashdeck.serial.agent;

/**
 * One mounted volume as the device reports it, with its {@code os.statvfs} figures.
 *
 * @param path           the mount point, such as {@code /flash}, {@code /sdcard} or {@code /}
 * @param type           the VFS class ({@code VfsFat}, {@code VfsLfs2}, {@code VfsPosix}, {@code VfsRom}),
 *                       empty when firmware before MicroPython 1.25 could not say
 * @param blockSize      {@code f_bsize}: the cluster size on FAT
 * @param fragmentSize   {@code f_frsize}: the unit of the block counts
 * @param blocks         {@code f_blocks}
 * @param freeBlocks     {@code f_bfree}
 * @param availableBlocks {@code f_bavail}
 */
public record MountInfo(String path, String type, long blockSize, long fragmentSize, long blocks,
        long freeBlocks, long availableBlocks) {

    public long totalBytes() {
        return unit() * blocks;
    }

    public long freeBytes() {
        return unit() * availableBlocks;
    }

    /** A short file-system name: {@code fat}, {@code littlefs}, {@code posix}, {@code romfs}, or {@code unknown}. */
    public String fileSystem() {
        return switch (type) {
            case "VfsFat" -> "fat";
            case "VfsLfs1", "VfsLfs2" -> "littlefs";
            case "VfsPosix" -> "posix";
            case "VfsRom" -> "romfs";
            default -> "unknown";
        };
    }

    public boolean isReadOnly() {
        return type.equals("VfsRom");
    }

    private long unit() {
        return fragmentSize > 0 ? fragmentSize : blockSize;
    }
}
