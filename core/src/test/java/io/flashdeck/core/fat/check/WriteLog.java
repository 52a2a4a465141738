package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.ForwardingBlockDevice;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers where writes went, so an image can be put back as it was by copying just those bytes
 * from a pristine copy: far cheaper than copying a whole image for each of many runs.
 */
final class WriteLog extends ForwardingBlockDevice {

    private final List<long[]> ranges = new ArrayList<>();

    WriteLog(BlockDevice base) {
        super(base);
    }

    @Override
    public void write(long offset, ByteBuffer src) throws IOException {
        ranges.add(new long[] {offset, src.remaining()});
        super.write(offset, src);
    }

    /** Copies every written range back from {@code pristine} and forgets them. */
    void restoreFrom(Path pristine) throws IOException {
        try (RandomAccessFile original = new RandomAccessFile(pristine.toFile(), "r")) {
            for (long[] range : ranges) {
                byte[] bytes = new byte[(int) range[1]];
                original.seek(range[0]);
                original.readFully(bytes);
                base.write(range[0], ByteBuffer.wrap(bytes));
            }
        }
        base.flush();
        ranges.clear();
    }
}
