package io.flashdeck.core.volume;

/**
 * Size and free space of a volume.
 *
 * @param fileSystem  short file-system name, such as {@code FAT16}, {@code fat} or {@code ext4}
 * @param totalBytes  usable data capacity
 * @param freeBytes   free data capacity
 * @param blockSize   allocation unit in bytes (cluster size on FAT)
 */
public record SpaceInfo(String fileSystem, long totalBytes, long freeBytes, long blockSize) {

    public long usedBytes() {
        return totalBytes - freeBytes;
    }
}
