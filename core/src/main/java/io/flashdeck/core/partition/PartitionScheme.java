package io.flashdeck.core.partition;

/** How a disk is divided: not at all, by a DOS/MBR table or by a GUID partition table. */
public enum PartitionScheme {
    NONE,
    MBR,
    GPT
}
