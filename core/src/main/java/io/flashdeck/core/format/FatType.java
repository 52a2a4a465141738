package io.flashdeck.core.format;

import java.util.Locale;

/** The three FAT variants, named by the width of a FAT entry. */
public enum FatType {
    FAT12(12),
    FAT16(16),
    FAT32(32);

    private final int bits;

    FatType(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    /** Accepts "12", "16", "32" or the names, in any case. */
    public static FatType parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        for (FatType type : values()) {
            if (key.equals(type.name()) || key.equals(Integer.toString(type.bits))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown FAT type \"" + text + "\" (use 12, 16 or 32)");
    }
}
