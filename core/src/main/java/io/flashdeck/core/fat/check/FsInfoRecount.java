package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.table.FsInfoSector;

import java.io.IOException;
import java.util.Optional;

/** Writes a FAT32 volume's FSInfo afresh from the table on disk: the true free count and a valid hint. */
final class FsInfoRecount {

    private FsInfoRecount() {
    }

    /** Whether {@code nextFree} is a hint FatFs can use: a data cluster, or "unknown". */
    static boolean isValidHint(long nextFree, long lastCluster) {
        return nextFree == FsInfoSector.UNKNOWN || nextFree >= 2 && nextFree <= lastCluster;
    }

    /** Recounts the free clusters of the flushed table and rewrites FSInfo, if the volume has one. */
    static Optional<String> rewrite(FatFileSystem fs) throws IOException {
        if (fs.fsInfo().isEmpty()) {
            return Optional.empty();
        }
        fs.fat().flush();
        long[] free = {0};
        new TableEntries(fs.device(), fs.bootSector()).forEach(0, (cluster, raw) -> {
            if (cluster >= 2 && (raw & fs.type().mask()) == 0) {
                free[0]++;
            }
        });
        FsInfoSector sector = fs.fsInfo().get();
        FsInfoSector.Contents old = sector.read();
        long hint = old.signaturesValid() && isValidHint(old.nextFree(), fs.bootSector().layout().lastCluster())
                ? old.nextFree() : FsInfoSector.UNKNOWN;
        sector.write(free[0], hint);
        return Optional.of("wrote FSInfo: " + free[0] + " free clusters");
    }
}
