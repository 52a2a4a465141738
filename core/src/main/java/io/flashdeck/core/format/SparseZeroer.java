package io.flashdeck.core.format;

import io.flashdeck.core.block.BlockDevice;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Zeroes ranges of a device, writing only the chunks that are not zero already: a fresh sparse
 * image stays sparse (a 2 TiB FAT32 has 512 MiB of FAT that are mostly holes) while old data on a
 * reused device is still cleared.
 */
final class SparseZeroer {

    private static final int CHUNK = 1 << 20;

    private final BlockDevice device;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(CHUNK);
    private final ByteBuffer zeros = ByteBuffer.allocate(CHUNK);

    SparseZeroer(BlockDevice device) {
        this.device = device;
    }

    void zero(long offset, long length) throws IOException {
        long position = offset;
        long end = offset + length;
        while (position < end) {
            int n = (int) Math.min(CHUNK, end - position);
            readBuffer.clear().limit(n);
            device.read(position, readBuffer);
            if (!allZero(readBuffer.array(), n)) {
                device.write(position, zeros.clear().limit(n));
            }
            position += n;
        }
    }

    private static boolean allZero(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
