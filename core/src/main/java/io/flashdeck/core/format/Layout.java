package io.flashdeck.core.format;

/** Whose choices a new volume follows. */
public enum Layout {
    /**
     * What MicroPython's {@code VfsFat.mkfs} (oofatfs {@code f_mkfs}) writes, as on a camera:
     * one FAT, 512 root entries, no partition table while FAT12/16 fits, else FAT32 behind an MBR.
     */
    MICROPYTHON,
    /** What dosfstools' {@code mkfs.fat} writes for an image file: two FATs, aligned, FAT32 from 512 MiB. */
    MKFS
}
