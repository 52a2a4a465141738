package io.flashdeck.core.fat.check;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.fat.table.FsInfoSector;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks of the structures around the tree: the boot sector's dirty bit and its FAT32 backup,
 * the two reserved FAT entries (media byte, clean-shutdown and hard-error bits) and FSInfo.
 */
final class HeaderChecks {

    private static final int DIRTY_BIT = 0x01;
    private static final int MEDIA_OFFSET = 21;
    private static final int FIXED_DISK = 0xF8;
    private static final long FAT16_CLEAN = 0x8000;
    private static final long FAT16_NO_ERROR = 0x4000;
    private static final long FAT32_CLEAN = 0x0800_0000;
    private static final long FAT32_NO_ERROR = 0x0400_0000;

    private final FatFileSystem fs;
    private final BootSector boot;
    private final BlockDevice device;

    HeaderChecks(FatFileSystem fs) {
        this.fs = fs;
        this.boot = fs.bootSector();
        this.device = fs.device();
    }

    /**
     * FAT[0] holds the boot sector's media byte with every other bit set, and that byte is a media
     * descriptor (0xF0 or 0xF8 to 0xFF). A damaged boot-sector byte is taken from FAT[0] when that
     * holds a descriptor, otherwise set to 0xF8 (fixed disk), which FatFs and mkfs.fat write.
     */
    Optional<Problem> mediaEntry(FatCopy fat) throws IOException {
        int media = boot.mediaDescriptor();
        long found = fat.value(0);
        boolean bootValid = isMediaDescriptor(media);
        if (bootValid && found == mediaEntry(media)) {
            return Optional.empty();
        }
        int fromTable = (int) (found & 0xFF);
        int chosen = bootValid ? media : isMediaDescriptor(fromTable) && found == mediaEntry(fromTable) ? fromTable : FIXED_DISK;
        String wrong = bootValid
                ? String.format("FAT entry 0 is 0x%X, expected 0x%X (media byte 0x%02X)", found, mediaEntry(media), media)
                : String.format("the boot sector's media byte 0x%02X is no media descriptor", media);
        return Optional.of(new Problem(ProblemKind.BAD_MEDIA_ENTRY, null, 0, wrong, session -> {
            if (!bootValid) {
                writeBootByte(0, MEDIA_OFFSET, chosen);
                if (boot.backupBootSector().isPresent()) {
                    writeBootByte(backupOffset(), MEDIA_OFFSET, chosen);
                }
            }
            session.fs().fat().set(0, mediaEntry(chosen));
            return String.format("set the media byte to 0x%02X and FAT entry 0 to 0x%X", chosen, mediaEntry(chosen));
        }));
    }

    /** The boot sector's dirty bit (and its backup's), and FAT[1]'s clean-shutdown and hard-error bits. */
    Optional<Problem> dirtyFlags(FatCopy fat) throws IOException {
        List<String> found = new ArrayList<>();
        if ((bootByte(0) & DIRTY_BIT) != 0) {
            found.add("the boot sector's dirty bit is set");
        }
        if (boot.backupBootSector().isPresent() && (bootByte(backupOffset()) & DIRTY_BIT) != 0) {
            found.add("the backup boot sector's dirty bit is set");
        }
        long flags = fat.value(1);
        if ((flags & cleanBit()) != cleanBit()) {
            found.add("FAT entry 1 says the volume was not cleanly unmounted");
        }
        if ((flags & noErrorBit()) != noErrorBit()) {
            found.add("FAT entry 1 records a disk error");
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Problem(ProblemKind.DIRTY_FLAG, null, 0, String.join("; ", found), this::clearDirty));
    }

    /** The FAT32 backup boot sector matches the boot sector (the dirty bit aside, checked above). */
    Optional<Problem> backupBootSector() throws IOException {
        if (boot.backupBootSector().isEmpty()) {
            return Optional.empty();
        }
        byte[] primary = device.read(0, BootSector.SIZE);
        byte[] backup = device.read(backupOffset(), BootSector.SIZE);
        int differing = 0;
        for (int i = 0; i < BootSector.SIZE; i++) {
            int mask = i == dirtyByteOffset() ? ~DIRTY_BIT : 0xFF;
            if ((primary[i] & mask) != (backup[i] & mask)) {
                differing++;
            }
        }
        if (differing == 0) {
            return Optional.empty();
        }
        return Optional.of(new Problem(ProblemKind.BACKUP_BOOT_DIFFERS, null, 0, "the backup boot sector (sector "
                + boot.backupBootSector().get() + ") differs from the boot sector in " + differing + " bytes",
                session -> {
                    byte[] sector = device.read(0, boot.bytesPerSector());
                    device.write(backupOffset(), ByteBuffer.wrap(sector));
                    return "copied the boot sector to its backup";
                }));
    }

    /** FSInfo has its signatures, the true free count ({@code freeClusters}) and a usable hint. */
    Optional<Problem> fsInfo(long freeClusters) throws IOException {
        if (fs.fsInfo().isEmpty()) {
            return Optional.empty();
        }
        FsInfoSector.Contents contents = fs.fsInfo().get().read();
        String wrong;
        if (!contents.signaturesValid()) {
            wrong = "its signatures are damaged";
        } else if (contents.freeCount() == FsInfoSector.UNKNOWN) {
            wrong = "it does not record the free count (" + freeClusters + " clusters are free)";
        } else if (contents.freeCount() != freeClusters) {
            wrong = "it says " + contents.freeCount() + " clusters are free, but " + freeClusters + " are";
        } else if (!FsInfoRecount.isValidHint(contents.nextFree(), boot.layout().lastCluster())) {
            wrong = "its next-free hint " + contents.nextFree() + " is outside the volume";
        } else {
            return Optional.empty();
        }
        return Optional.of(new Problem(ProblemKind.FSINFO_WRONG, null, 0, "FSInfo (sector " + boot.fsInfoSector().get()
                + ") is wrong: " + wrong, session -> FsInfoRecount.rewrite(session.fs()).orElse("")));
    }

    private String clearDirty(RepairSession session) throws IOException {
        clearDirtyBit(0);
        if (boot.backupBootSector().isPresent()) {
            clearDirtyBit(backupOffset());
        }
        if (boot.fatType() != FatType.FAT12) {
            long flags = session.fs().fat().get(1);
            session.fs().fat().set(1, flags | cleanBit() | noErrorBit());
        }
        return "cleared the dirty flags";
    }

    private void clearDirtyBit(long sectorOffset) throws IOException {
        int value = bootByte(sectorOffset);
        if ((value & DIRTY_BIT) != 0) {
            writeBootByte(sectorOffset, dirtyByteOffset(), value & ~DIRTY_BIT);
        }
    }

    private void writeBootByte(long sectorOffset, int offset, int value) throws IOException {
        device.write(sectorOffset + offset, ByteBuffer.wrap(new byte[] {(byte) value}));
    }

    private static boolean isMediaDescriptor(int media) {
        return media == 0xF0 || media >= 0xF8;
    }

    private int bootByte(long sectorOffset) throws IOException {
        return device.read(sectorOffset + dirtyByteOffset(), 1)[0] & 0xFF;
    }

    /** The byte holding the dirty bit: "current head" of the FAT12/16 BPB, its FAT32 counterpart. */
    private int dirtyByteOffset() {
        return boot.fatType() == FatType.FAT32 ? 65 : 37;
    }

    private long backupOffset() {
        return (long) boot.backupBootSector().orElse(0) * boot.bytesPerSector();
    }

    private long mediaEntry(int media) {
        return boot.fatType().mask() & ~0xFFL | media;
    }

    private long cleanBit() {
        return switch (boot.fatType()) {
            case FAT12 -> 0;
            case FAT16 -> FAT16_CLEAN;
            case FAT32 -> FAT32_CLEAN;
        };
    }

    private long noErrorBit() {
        return switch (boot.fatType()) {
            case FAT12 -> 0;
            case FAT16 -> FAT16_NO_ERROR;
            case FAT32 -> FAT32_NO_ERROR;
        };
    }
}
