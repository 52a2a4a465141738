package io.flashdeck.core.format;

import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.partition.MbrEntry;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/** Builds the few sectors a fresh volume needs: boot sector, FSInfo, FAT head, label entry, MBR. */
final class MetadataSectors {

    private static final int SECTOR = VolumeGeometry.SECTOR_SIZE;
    private static final String NO_NAME = "NO NAME    ";
    private static final int ATTRIBUTE_VOLUME_ID = 0x08;
    /** FlashDeck's own stand-in boot code for mkfs-style volumes: "int 18h" (no bootable disk), then halt. */
    private static final byte[] NOT_BOOTABLE = {(byte) 0xCD, 0x18, (byte) 0xF4, (byte) 0xEB, (byte) 0xFD};

    private MetadataSectors() {
    }

    /**
     * The boot sector: jump, OEM name, the BPB at its standard offsets, then the extended fields
     * (drive, signature 0x29, serial, label, type), which FAT32 moves from offset 36 to 64.
     */
    static byte[] bootSector(VolumeGeometry g, Layout layout, int volumeId, String label) {
        ByteBuffer b = sector();
        boolean fat32 = g.type() == FatType.FAT32;
        int extended = fat32 ? 64 : 36;
        int bootCode = extended + 26;
        if (layout == Layout.MICROPYTHON) {
            // FatFs: an endless-loop jump and Windows 2000's OEM name.
            b.put(0, new byte[] {(byte) 0xEB, (byte) 0xFE, (byte) 0x90});
            b.put(3, ascii("MSDOS5.0"));
        } else {
            b.put(0, new byte[] {(byte) 0xEB, (byte) (bootCode - 2), (byte) 0x90});
            b.put(3, ascii("MSWIN4.1"));
            b.put(bootCode, NOT_BOOTABLE);
        }
        b.putShort(11, (short) SECTOR);
        b.put(13, (byte) g.sectorsPerCluster());
        b.putShort(14, (short) g.reservedSectors());
        b.put(16, (byte) g.fatCount());
        b.putShort(17, (short) g.rootEntries());
        if (g.totalSectors() < 0x10000) {
            b.putShort(19, (short) g.totalSectors());
        } else {
            b.putInt(32, (int) g.totalSectors());
        }
        b.put(21, (byte) g.mediaByte());
        b.putShort(24, (short) g.sectorsPerTrack());
        b.putShort(26, (short) g.heads());
        b.putInt(28, (int) g.hiddenSectors());
        if (fat32) {
            b.putInt(36, (int) g.sectorsPerFat());
            b.putInt(44, 2);
            b.putShort(48, (short) 1);
            b.putShort(50, (short) 6);
        } else {
            b.putShort(22, (short) g.sectorsPerFat());
        }
        b.put(extended, (byte) (g.mediaByte() == 0xF8 ? 0x80 : 0x00));
        b.put(extended + 2, (byte) 0x29);
        b.putInt(extended + 3, volumeId);
        b.put(extended + 7, label == null ? ascii(NO_NAME) : VolumeLabel.field(label));
        b.put(extended + 18, ascii(fileSystemType(g.type(), layout)));
        return signed(b);
    }

    /** FatFs writes "FAT" for FAT12 and FAT16 alike; mkfs.fat names the width. */
    private static String fileSystemType(FatType type, Layout layout) {
        if (type == FatType.FAT32) {
            return "FAT32   ";
        }
        return layout == Layout.MICROPYTHON ? "FAT     " : type.name() + "   ";
    }

    static byte[] fsInfo(long freeClusters, long lastAllocated) {
        ByteBuffer b = sector();
        b.put(0, ascii("RRaA"));
        b.put(484, ascii("rrAa"));
        b.putInt(488, (int) freeClusters);
        b.putInt(492, (int) lastAllocated);
        return signed(b);
    }

    /**
     * The first sector of each FAT: entry 0 holds the media byte, entry 1 end-of-chain, and on
     * FAT32 entry 2 ends the root directory's one-cluster chain. FatFs sets the top four bits of
     * FAT32 entries 0 and 1; mkfs.fat leaves them clear.
     */
    static byte[] fatHead(VolumeGeometry g, Layout layout) {
        ByteBuffer b = sector();
        int media = g.mediaByte();
        switch (g.type()) {
            case FAT12 -> b.put(0, new byte[] {(byte) media, (byte) 0xFF, (byte) 0xFF});
            case FAT16 -> b.putInt(0, 0xFFFFFF00 | media);
            case FAT32 -> {
                int top = layout == Layout.MICROPYTHON ? 0xF0000000 : 0;
                b.putInt(0, top | 0x0FFFFF00 | media);
                b.putInt(4, top | 0x0FFFFFFF);
                b.putInt(8, layout == Layout.MICROPYTHON ? 0x0FFFFFFF : 0x0FFFFFF8);
            }
        }
        return b.array();
    }

    /** The root directory's volume-label entry, stamped with the local time as FatFs' f_setlabel does. */
    static byte[] labelEntry(String label, LocalDateTime now) {
        ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = VolumeLabel.field(label);
        b.put(0, name);
        b.put(11, (byte) ATTRIBUTE_VOLUME_ID);
        b.putInt(22, VolumeSerials.fatTime(now));
        return b.array();
    }

    /** FatFs' partition table for FM_FAT32 without FM_SFD: one partition, from sector 63 to the end. */
    static byte[] mbr(VolumeGeometry g) {
        ByteBuffer b = sector();
        byte[] bytes = b.array();
        new MbrEntry(0x00, g.mbrType(), g.offsetSectors(), g.totalSectors()).writeTo(bytes, 0);
        return signed(b);
    }

    private static ByteBuffer sector() {
        return ByteBuffer.allocate(SECTOR).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] signed(ByteBuffer b) {
        b.put(510, (byte) 0x55);
        b.put(511, (byte) 0xAA);
        return b.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
