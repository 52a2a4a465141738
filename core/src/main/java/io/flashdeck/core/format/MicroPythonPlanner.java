package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import java.util.Optional;

/**
 * Plans a volume as MicroPython's {@code VfsFat.mkfs} makes it: {@code f_mkfs(FM_FAT | FM_SFD)}
 * (FAT12/16 without a partition table) and, when that aborts, {@code f_mkfs(FM_FAT32)}, which
 * puts an MBR in sector 0 and the volume at sector 63.
 */
final class MicroPythonPlanner {

    /** Clusters in the zone where FatFs, Linux and Windows disagree on FAT12 versus FAT16. */
    private static final long AMBIGUOUS_LOW = 4085;
    private static final long AMBIGUOUS_HIGH = 4086;

    private MicroPythonPlanner() {
    }

    static VolumeGeometry plan(long deviceSectors, FormatOptions options) throws FormatException {
        // FatFs counts sectors in 32 bits: beyond that the end of the device stays unused.
        long sectors = Math.min(deviceSectors, 0xFFFFFFFFL);
        // Inside a partition FatFs would format that partition in place; it never nests a
        // partition table there, so the FAT32 fallback formats the partition without one.
        boolean insidePartition = options.partitionStartSector() != null;
        long hidden = insidePartition ? options.partitionStartSector() : 0;
        int au = options.clusterSectors();
        FatType wanted = options.fatType();
        if (wanted == null) {
            Optional<VolumeGeometry> small = OofatfsMkfs.plan(sectors, true, false, true, au, hidden);
            if (small.isPresent()) {
                return small.get();
            }
            return OofatfsMkfs.plan(sectors, false, true, insidePartition, au, hidden)
                    .orElseThrow(() -> new FormatException("VfsFat.mkfs cannot format " + FormatException.device(deviceSectors, au)
                            + ": it is too small for FAT12 and does not fit FAT16 or FAT32"));
        }
        if (wanted == FatType.FAT32) {
            return OofatfsMkfs.plan(sectors, false, true, insidePartition, au, hidden)
                    .orElseThrow(() -> new FormatException("FAT32 does not fit " + FormatException.device(deviceSectors, au)
                            + ": FatFs needs between 65526 and 268435445 clusters"));
        }
        return planFat12Or16(sectors, wanted, au, hidden)
                .orElseThrow(() -> new FormatException(wanted + " does not fit " + FormatException.device(deviceSectors, au)
                        + ": no cluster size gives FatFs " + (wanted == FatType.FAT12
                        ? "at most 4084 clusters" : "between 4087 and 65525 clusters")));
    }

    /**
     * FatFs cannot be asked for FAT12 or FAT16 by name; the type follows from the cluster size. So
     * try FatFs' own choice first, then each cluster size from the smallest, and keep the first that
     * gives the wanted type outside the ambiguous zone.
     */
    private static Optional<VolumeGeometry> planFat12Or16(long sectors, FatType wanted, int au, long hidden) {
        int[] candidates = au != 0 ? new int[] {au} : new int[] {0, 1, 2, 4, 8, 16, 32, 64, 128};
        for (int candidate : candidates) {
            Optional<VolumeGeometry> geometry = OofatfsMkfs.plan(sectors, true, false, true, candidate, hidden);
            if (geometry.isPresent() && geometry.get().type() == wanted && !ambiguous(geometry.get().clusterCount())) {
                return geometry;
            }
        }
        return Optional.empty();
    }

    private static boolean ambiguous(long clusters) {
        return clusters >= AMBIGUOUS_LOW && clusters <= AMBIGUOUS_HIGH;
    }
}
