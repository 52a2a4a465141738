package io.flashdeck.app.gui.camera;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.transfer.ConflictPolicy;
import io.flashdeck.core.transfer.Copier;
import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.CopyResult;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Copies a whole mount into a new folder on this computer before it is erased. Every file is read
 * back and compared by its SHA-256, since the camera's copy is about to go: a backup that failed
 * in any way stops the erase.
 */
final class MountBackup {

    private MountBackup() {
    }

    /** The new folder in {@code folder}, holding what {@code mount} held (files, folders, dates). */
    static Path copy(Volume mount, String mountName, Path folder, TransferProgress progress) throws IOException {
        String name = freeName(folder, mountName + " backup " + LocalDate.now());
        try (HostVolume host = new HostVolume(folder)) {
            CopyPlan plan = CopyPlan.resolve(new Endpoint(mount, VolumePath.ROOT),
                    new Endpoint(host, VolumePath.ROOT.resolve(name)), false, true);
            CopyResult result = new Copier(new CopyOptions(ConflictPolicy.REPLACE, true), progress).copy(plan);
            if (!result.skipped().isEmpty()) {
                throw new IOException("the backup left out " + result.skipped().size() + " files, such as "
                        + result.skipped().get(0));
            }
        }
        return folder.resolve(name);
    }

    /** {@code base}, or {@code base (2)}, {@code base (3)}...: the first not in {@code folder}. */
    static String freeName(Path folder, String base) {
        String name = base;
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }
}
