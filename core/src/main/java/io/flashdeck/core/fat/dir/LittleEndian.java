package io.flashdeck.core.fat.dir;

/** Little-endian fields of on-disk structures, as FAT stores every number. */
public final class LittleEndian {

    private LittleEndian() {
    }

    public static int u16(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
    }

    public static long u32(byte[] b, int off) {
        return (u16(b, off) | (long) u16(b, off + 2) << 16);
    }

    static void put16(byte[] b, int off, int value) {
        b[off] = (byte) value;
        b[off + 1] = (byte) (value >>> 8);
    }

    static void put32(byte[] b, int off, long value) {
        put16(b, off, (int) value);
        put16(b, off + 2, (int) (value >>> 16));
    }
}
