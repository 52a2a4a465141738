package io.flashdeck.core.fat.dir;

import java.time.LocalDateTime;

/**
 * One 32-byte short (8.3) directory entry, decoded into fields that can be changed and
 * encoded back. Bytes: 0-10 name, 11 attributes, 12 NT case flags, 13 creation tenths,
 * 14-15 creation time, 16-17 creation date, 18-19 access date, 20-21 high word of the first
 * cluster, 22-23 modification time, 24-25 modification date, 26-27 low word of the first
 * cluster, 28-31 size.
 */
public final class DirEntry {

    public static final int SIZE = 32;

    public static final int ATTR_READ_ONLY = 0x01;
    public static final int ATTR_HIDDEN = 0x02;
    public static final int ATTR_SYSTEM = 0x04;
    public static final int ATTR_VOLUME_ID = 0x08;
    public static final int ATTR_DIRECTORY = 0x10;
    public static final int ATTR_ARCHIVE = 0x20;
    /** The attribute value that marks a long-name slot (read-only, hidden, system, volume). */
    public static final int ATTR_LONG_NAME = 0x0F;
    /** The attribute bits FAT defines; the two above them are reserved. */
    static final int ATTR_MASK = 0x3F;

    private static final long MAX_SIZE = 0xFFFF_FFFFL;

    private ShortName shortName;
    private int attributes;
    private int ntCase;
    private int creationTenths;
    private int creationTime;
    private int creationDate;
    private int accessDate;
    private int firstCluster;
    private int modifiedTime;
    private int modifiedDate;
    private long size;

    /** A new entry with every other field zero. */
    public DirEntry(ShortName shortName, int attributes) {
        this.shortName = shortName;
        setAttributes(attributes);
    }

    public static DirEntry parse(byte[] dir, int offset) {
        DirEntry e = new DirEntry(ShortName.read(dir, offset), dir[offset + 11] & 0xFF);
        e.ntCase = dir[offset + 12] & 0xFF;
        e.creationTenths = dir[offset + 13] & 0xFF;
        e.creationTime = LittleEndian.u16(dir, offset + 14);
        e.creationDate = LittleEndian.u16(dir, offset + 16);
        e.accessDate = LittleEndian.u16(dir, offset + 18);
        e.firstCluster = LittleEndian.u16(dir, offset + 20) << 16 | LittleEndian.u16(dir, offset + 26);
        e.modifiedTime = LittleEndian.u16(dir, offset + 22);
        e.modifiedDate = LittleEndian.u16(dir, offset + 24);
        e.size = LittleEndian.u32(dir, offset + 28);
        return e;
    }

    /** Writes all 32 bytes of the entry at {@code offset}. */
    public void encode(byte[] dir, int offset) {
        shortName.write(dir, offset);
        dir[offset + 11] = (byte) attributes;
        dir[offset + 12] = (byte) ntCase;
        dir[offset + 13] = (byte) creationTenths;
        LittleEndian.put16(dir, offset + 14, creationTime);
        LittleEndian.put16(dir, offset + 16, creationDate);
        LittleEndian.put16(dir, offset + 18, accessDate);
        LittleEndian.put16(dir, offset + 20, firstCluster >>> 16);
        LittleEndian.put16(dir, offset + 22, modifiedTime);
        LittleEndian.put16(dir, offset + 24, modifiedDate);
        LittleEndian.put16(dir, offset + 26, firstCluster);
        LittleEndian.put32(dir, offset + 28, size);
    }

    public boolean isDirectory() {
        return (attributes & ATTR_DIRECTORY) != 0;
    }

    /** A volume label: the volume bit without the full long-name attribute value. */
    public boolean isVolumeLabel() {
        return (attributes & ATTR_VOLUME_ID) != 0 && !isLongNameSlot(attributes);
    }

    /** The modification time, or null when the fields hold none. */
    public LocalDateTime modified() {
        return FatTimestamp.decode(modifiedDate, modifiedTime);
    }

    public void setModified(LocalDateTime t) {
        modifiedDate = FatTimestamp.encodeDate(t);
        modifiedTime = FatTimestamp.encodeTime(t);
    }

    /** The creation time, or null when the fields hold none. */
    public LocalDateTime created() {
        return FatTimestamp.decode(creationDate, creationTime, creationTenths);
    }

    public void setCreated(LocalDateTime t) {
        creationDate = FatTimestamp.encodeDate(t);
        creationTime = FatTimestamp.encodeTime(t);
        creationTenths = FatTimestamp.encodeTenths(t);
    }

    static boolean isLongNameSlot(int attributes) {
        return (attributes & ATTR_MASK) == ATTR_LONG_NAME;
    }

    public ShortName shortName() {
        return shortName;
    }

    public void setShortName(ShortName shortName) {
        this.shortName = shortName;
    }

    public int attributes() {
        return attributes;
    }

    public void setAttributes(int attributes) {
        this.attributes = checked(attributes, 0xFF, "attributes");
    }

    /** Byte 12: {@link ShortName#LOWER_BASE} and {@link ShortName#LOWER_EXTENSION}. */
    public int ntCase() {
        return ntCase;
    }

    public void setNtCase(int ntCase) {
        this.ntCase = checked(ntCase, 0xFF, "ntCase");
    }

    /** Byte 13 (DIR_CrtTimeTenth): 10 ms units, 0-199, added to the creation time. */
    public int creationTenths() {
        return creationTenths;
    }

    public void setCreationTenths(int tenths) {
        this.creationTenths = checked(tenths, 0xFF, "creationTenths");
    }

    public int creationTime() {
        return creationTime;
    }

    public void setCreationTime(int time) {
        this.creationTime = checked(time, 0xFFFF, "creationTime");
    }

    public int creationDate() {
        return creationDate;
    }

    public void setCreationDate(int date) {
        this.creationDate = checked(date, 0xFFFF, "creationDate");
    }

    public int accessDate() {
        return accessDate;
    }

    public void setAccessDate(int date) {
        this.accessDate = checked(date, 0xFFFF, "accessDate");
    }

    /** Both cluster words as one 32-bit value; FAT12/16 volumes use only the low word. */
    public int firstCluster() {
        return firstCluster;
    }

    public void setFirstCluster(int cluster) {
        this.firstCluster = cluster;
    }

    public int modifiedTime() {
        return modifiedTime;
    }

    public void setModifiedTime(int time) {
        this.modifiedTime = checked(time, 0xFFFF, "modifiedTime");
    }

    public int modifiedDate() {
        return modifiedDate;
    }

    public void setModifiedDate(int date) {
        this.modifiedDate = checked(date, 0xFFFF, "modifiedDate");
    }

    /** The size in bytes, 0 to 4 GiB - 1. */
    public long size() {
        return size;
    }

    public void setSize(long size) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a FAT file size is 0 to " + MAX_SIZE + " bytes, not " + size);
        }
        this.size = size;
    }

    private static int checked(int value, int max, String field) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " must be 0 to " + max + ", not " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return String.format("DirEntry[%s attr=0x%02X case=0x%02X cluster=%d size=%d]",
                shortName, attributes, ntCase, Integer.toUnsignedLong(firstCluster), size);
    }
}
