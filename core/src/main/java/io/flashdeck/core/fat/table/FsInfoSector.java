package io.flashdeck.core.fat.table;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.BootSector;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * The FAT32 FSInfo sector: a free-cluster count and an allocation hint. FatFs trusts both, so the
 * engine rewrites them after every change.
 */
public final class FsInfoSector {

    /** The value meaning "not known" in both fields. */
    public static final long UNKNOWN = 0xFFFFFFFFL;
    private static final int LEAD_SIGNATURE = 0x41615252;
    private static final int STRUCT_SIGNATURE = 0x61417272;
    private static final int LEAD_OFFSET = 0;
    private static final int STRUCT_OFFSET = 484;
    private static final int FREE_COUNT_OFFSET = 488;
    private static final int NEXT_FREE_OFFSET = 492;
    private static final int TRAIL_OFFSET = 510;

    /** What the sector says; {@code signaturesValid} false means its numbers are meaningless. */
    public record Contents(boolean signaturesValid, long freeCount, long nextFree) {

        /** The free count when the signatures are right and it is possible for this volume. */
        public Optional<Long> trustedFreeCount(long clusterCount) {
            return signaturesValid && freeCount <= clusterCount ? Optional.of(freeCount) : Optional.empty();
        }
    }

    private final BlockDevice device;
    private final long offset;
    private final int sectorBytes;

    private FsInfoSector(BlockDevice device, long offset, int sectorBytes) {
        this.device = device;
        this.offset = offset;
        this.sectorBytes = sectorBytes;
    }

    /** The FSInfo sector of a FAT32 volume that declares one. */
    public static Optional<FsInfoSector> of(BlockDevice device, BootSector boot) {
        return boot.fsInfoSector().map(sector ->
                new FsInfoSector(device, (long) sector * boot.bytesPerSector(), boot.bytesPerSector()));
    }

    public Contents read() throws IOException {
        ByteBuffer sector = ByteBuffer.wrap(device.read(offset, BootSector.SIZE)).order(ByteOrder.LITTLE_ENDIAN);
        boolean valid = sector.getInt(LEAD_OFFSET) == LEAD_SIGNATURE
                && sector.getInt(STRUCT_OFFSET) == STRUCT_SIGNATURE
                && (sector.getShort(TRAIL_OFFSET) & 0xFFFF) == 0xAA55;
        return new Contents(valid, sector.getInt(FREE_COUNT_OFFSET) & UNKNOWN,
                sector.getInt(NEXT_FREE_OFFSET) & UNKNOWN);
    }

    /** Writes a complete sector with fresh signatures, as FatFs does, so a damaged one is mended. */
    public void write(long freeCount, long nextFree) throws IOException {
        ByteBuffer sector = ByteBuffer.allocate(sectorBytes).order(ByteOrder.LITTLE_ENDIAN);
        sector.putInt(LEAD_OFFSET, LEAD_SIGNATURE);
        sector.putInt(STRUCT_OFFSET, STRUCT_SIGNATURE);
        sector.putInt(FREE_COUNT_OFFSET, (int) freeCount);
        sector.putInt(NEXT_FREE_OFFSET, (int) nextFree);
        sector.putShort(TRAIL_OFFSET, (short) 0xAA55);
        device.write(offset, sector);
    }
}
