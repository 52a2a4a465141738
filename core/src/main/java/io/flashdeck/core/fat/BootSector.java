package io.flashdeck.core.fat;

import io.flashdeck.core.volume.CorruptVolumeException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The BIOS parameter block of a FAT volume, checked field by field, and the layout it implies.
 *
 * <p>Every number read from disk is checked with 64-bit arithmetic before it is used, so a damaged
 * or hostile boot sector gives a {@link CorruptVolumeException} naming the field and its value,
 * never an overflow or an access outside the device.
 */
public final class BootSector {

    /** Smallest read that holds every field, whatever the sector size. */
    public static final int SIZE = 512;
    private static final int SIGNATURE_OFFSET = 510;
    private static final int EXTENDED_BOOT_SIGNATURE = 0x29;
    private static final int LABEL_LENGTH = 11;

    private final int bytesPerSector;
    private final int sectorsPerCluster;
    private final int reservedSectors;
    private final int fatCount;
    private final int rootEntryCount;
    private final long totalSectors;
    private final long sectorsPerFat;
    private final int mediaDescriptor;
    private final String oemName;
    private final FatType fatType;
    private final long clusterCount;
    private final long rootCluster;
    private final int fsInfoSector;
    private final int backupBootSector;
    private final int labelOffset;
    private final byte[] label;
    private final long volumeId;
    private final FatLayout layout;

    private BootSector(ByteBuffer bpb, long deviceSize) throws CorruptVolumeException {
        if (u16(bpb, SIGNATURE_OFFSET) != 0xAA55) {
            throw invalid("signature at offset 510", hex(u16(bpb, SIGNATURE_OFFSET)), "0xAA55");
        }
        bytesPerSector = u16(bpb, 11);
        if (bytesPerSector < 512 || bytesPerSector > 4096 || Integer.bitCount(bytesPerSector) != 1) {
            throw invalid("bytes per sector", bytesPerSector, "a power of two from 512 to 4096");
        }
        sectorsPerCluster = u8(bpb, 13);
        if (sectorsPerCluster == 0 || Integer.bitCount(sectorsPerCluster) != 1) {
            throw invalid("sectors per cluster", sectorsPerCluster, "a power of two from 1 to 128");
        }
        reservedSectors = u16(bpb, 14);
        if (reservedSectors == 0) {
            throw invalid("reserved sector count", 0, "at least 1");
        }
        fatCount = u8(bpb, 16);
        if (fatCount == 0) {
            throw invalid("number of FATs", 0, "at least 1");
        }
        rootEntryCount = u16(bpb, 17);
        long sectors16 = u16(bpb, 19);
        totalSectors = sectors16 != 0 ? sectors16 : u32(bpb, 32);
        if (totalSectors == 0) {
            throw invalid("total sector count", 0, "at least 1");
        }
        if (totalSectors * bytesPerSector > deviceSize) {
            throw invalid("total sector count", totalSectors,
                    "at most " + deviceSize / bytesPerSector + " (the device holds " + deviceSize + " bytes)");
        }
        mediaDescriptor = u8(bpb, 21);
        long fatSize16 = u16(bpb, 22);
        boolean fat32Layout = fatSize16 == 0;
        sectorsPerFat = fat32Layout ? u32(bpb, 36) : fatSize16;
        if (sectorsPerFat == 0) {
            throw invalid("sectors per FAT", 0, "at least 1");
        }
        if (sectorsPerFat * fatCount >= totalSectors) {
            throw invalid("sectors per FAT", sectorsPerFat, "less than the " + totalSectors / fatCount
                    + " sectors each of the " + fatCount + " FATs could take up");
        }
        oemName = new String(bpb.array(), 3, 8, StandardCharsets.ISO_8859_1).trim();

        long rootDirSectors = ((long) rootEntryCount * 32 + bytesPerSector - 1) / bytesPerSector;
        long systemSectors = reservedSectors + fatCount * sectorsPerFat + rootDirSectors;
        if (systemSectors >= totalSectors) {
            throw invalid("total sector count", totalSectors, "more than the " + systemSectors
                    + " sectors of reserved area, FATs and root directory");
        }
        clusterCount = (totalSectors - systemSectors) / sectorsPerCluster;
        if (clusterCount == 0) {
            throw invalid("total sector count", totalSectors, "room for at least one data cluster");
        }
        if (clusterCount > FatType.MAX_FAT32_CLUSTERS) {
            throw invalid("cluster count", clusterCount, "at most " + FatType.MAX_FAT32_CLUSTERS);
        }
        // A zero 16-bit FAT size is how FAT32 announces itself, whatever the cluster count.
        fatType = fat32Layout ? FatType.FAT32 : FatType.forClusterCount(clusterCount);
        long neededFatBytes = fatType.tableBytes(clusterCount + 2);
        if (sectorsPerFat * bytesPerSector < neededFatBytes) {
            throw invalid("sectors per FAT", sectorsPerFat, "at least "
                    + (neededFatBytes + bytesPerSector - 1) / bytesPerSector + " for " + clusterCount + " clusters");
        }
        if (fatType == FatType.FAT32) {
            if (rootEntryCount != 0) {
                throw invalid("root entry count", rootEntryCount, "0 on FAT32");
            }
            int version = u16(bpb, 42);
            if (version != 0) {
                throw invalid("FAT32 version", (version >>> 8) + "." + (version & 0xFF), "0.0");
            }
            rootCluster = u32(bpb, 44);
            if (rootCluster < 2 || rootCluster > clusterCount + 1) {
                throw invalid("root directory cluster", rootCluster, "a cluster from 2 to " + (clusterCount + 1));
            }
            int info = u16(bpb, 48);
            fsInfoSector = info > 0 && info < reservedSectors ? info : 0;
            int backup = u16(bpb, 50);
            backupBootSector = backup > 0 && backup < reservedSectors ? backup : 0;
            labelOffset = 71;
        } else {
            if (rootEntryCount == 0) {
                throw invalid("root entry count", 0, "at least 1 on " + fatType.displayName());
            }
            rootCluster = 0;
            fsInfoSector = 0;
            backupBootSector = 0;
            labelOffset = 43;
        }
        boolean extended = u8(bpb, labelOffset - 5) == EXTENDED_BOOT_SIGNATURE;
        label = extended ? Arrays.copyOfRange(bpb.array(), labelOffset, labelOffset + LABEL_LENGTH) : null;
        volumeId = extended ? u32(bpb, labelOffset - 4) : -1;
        layout = new FatLayout(this, rootDirSectors);
    }

    /**
     * Reads and checks the boot sector of a volume of {@code deviceSize} bytes from its first
     * {@link #SIZE} bytes.
     */
    public static BootSector parse(byte[] firstSector, long deviceSize) throws CorruptVolumeException {
        if (firstSector.length < SIZE) {
            throw new CorruptVolumeException("boot sector: only " + firstSector.length + " bytes, expected " + SIZE);
        }
        return new BootSector(ByteBuffer.wrap(firstSector).order(ByteOrder.LITTLE_ENDIAN), deviceSize);
    }

    public int bytesPerSector() {
        return bytesPerSector;
    }

    public int sectorsPerCluster() {
        return sectorsPerCluster;
    }

    public int reservedSectors() {
        return reservedSectors;
    }

    public int fatCount() {
        return fatCount;
    }

    /** Entries of the fixed root directory (FAT12/16); 0 on FAT32. */
    public int rootEntryCount() {
        return rootEntryCount;
    }

    public long totalSectors() {
        return totalSectors;
    }

    public long sectorsPerFat() {
        return sectorsPerFat;
    }

    public int mediaDescriptor() {
        return mediaDescriptor;
    }

    public String oemName() {
        return oemName;
    }

    public FatType fatType() {
        return fatType;
    }

    /** Data clusters; valid cluster numbers run from 2 to {@code clusterCount() + 1}. */
    public long clusterCount() {
        return clusterCount;
    }

    /** First cluster of the root directory on FAT32; 0 on FAT12/16 (fixed root area). */
    public long rootCluster() {
        return rootCluster;
    }

    /** Sector of the FSInfo structure, or empty when the volume has none (FAT12/16, or none declared). */
    public Optional<Integer> fsInfoSector() {
        return fsInfoSector == 0 ? Optional.empty() : Optional.of(fsInfoSector);
    }

    /** Sector of the FAT32 backup boot sector, or empty when there is none. */
    public Optional<Integer> backupBootSector() {
        return backupBootSector == 0 ? Optional.empty() : Optional.of(backupBootSector);
    }

    /** The 11 label bytes of the extended BPB, or empty when the BPB has no extended part. */
    public Optional<byte[]> label() {
        return label == null ? Optional.empty() : Optional.of(label.clone());
    }

    /** The volume serial number of the extended BPB, or empty when the BPB has no extended part. */
    public OptionalLong volumeId() {
        return volumeId < 0 ? OptionalLong.empty() : OptionalLong.of(volumeId);
    }

    /** Offset of the label within the boot sector (present only when {@link #label()} is). */
    public int labelOffset() {
        return labelOffset;
    }

    public FatLayout layout() {
        return layout;
    }

    private static CorruptVolumeException invalid(String field, Object value, String expected) {
        return new CorruptVolumeException("boot sector: " + field + " is " + value + ", expected " + expected);
    }

    private static String hex(int value) {
        return String.format("0x%04X", value);
    }

    private static int u8(ByteBuffer bpb, int offset) {
        return bpb.get(offset) & 0xFF;
    }

    private static int u16(ByteBuffer bpb, int offset) {
        return bpb.getShort(offset) & 0xFFFF;
    }

    private static long u32(ByteBuffer bpb, int offset) {
        return bpb.getInt(offset) & 0xFFFFFFFFL;
    }
}
