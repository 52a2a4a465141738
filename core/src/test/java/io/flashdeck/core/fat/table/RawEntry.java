package io.flashdeck.core.fat.table;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.FatType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Points a root-directory entry at another chain by patching its bytes, for table tests. */
final class RawEntry {

    private RawEntry() {
    }

    /** Gives the root entry named {@code elevenChars} a new first cluster and size; returns the old first cluster. */
    static long replace(BlockDevice device, BootSector boot, String elevenChars, long first, long size)
            throws IOException {
        long start = boot.fatType() == FatType.FAT32
                ? boot.layout().clusterOffset(boot.rootCluster())
                : boot.layout().rootDirOffset();
        byte[] name = elevenChars.getBytes(StandardCharsets.US_ASCII);
        for (long slot = start; ; slot += 32) {
            ByteBuffer entry = ByteBuffer.wrap(device.read(slot, 32)).order(ByteOrder.LITTLE_ENDIAN);
            if (entry.get(0) == 0) {
                throw new IOException(elevenChars + " is not in the root directory");
            }
            if (entry.slice(0, 11).equals(ByteBuffer.wrap(name))) {
                long old = (entry.getShort(20) & 0xFFFFL) << 16 | entry.getShort(26) & 0xFFFFL;
                entry.putShort(20, (short) (first >>> 16)).putShort(26, (short) first).putInt(28, (int) size);
                device.write(slot, entry.rewind());
                return old;
            }
        }
    }
}
