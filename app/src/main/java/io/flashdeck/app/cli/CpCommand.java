package io.flashdeck.app.cli;

import io.flashdeck.app.device.CameraRoot;
import io.flashdeck.core.transfer.ConflictPolicy;
import io.flashdeck.core.transfer.Copier;
import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.serial.device.DeviceVolume;
import java.io.IOException;

final class CpCommand extends TransferCommand {

    static final String NAME = "cp";

    private final Declared<Boolean> recursive;
    private final Declared<Boolean> verify;
    private final Declared<Boolean> force;
    private int unchanged;

    CpCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "copy", true, NAME, "Copy files and, with -r, directories, in any direction.",
                "Into an existing directory: inside it; otherwise DESTINATION becomes the copy. Existing files are replaced;",
                "on a camera, a file with the same content (by SHA-256, computed on the camera) is skipped unless --force.");
        recursive = declaration.flag("Copy directories and everything in them.", "-r", "-R", "--recursive");
        verify = declaration.flag("Re-read every written file and compare its SHA-256 with the source.", "--verify");
        force = declaration.flag("On a camera, copy files even when the camera already has the same content.",
                "--force");
    }

    @Override
    boolean recursive() {
        return recursive.value();
    }

    @Override
    void transfer(CopyPlan plan, TransferProgress progress) throws IOException {
        boolean skipUnchanged = !force.value() && hashesOnCamera(plan.target().volume());
        // Files overlap where both volumes allow it (an image to a folder): the host creates them side by side.
        CopyOptions options = new CopyOptions(skipUnchanged ? ConflictPolicy.SKIP_UNCHANGED : ConflictPolicy.REPLACE,
                verify.value(), true);
        unchanged += new Copier(options, progress).copy(plan).skipped().size();
    }

    @Override
    void finished() {
        if (unchanged > 0) {
            out().println("skipped (unchanged): " + unchanged + (unchanged == 1 ? " file" : " files"));
        }
    }

    /**
     * A camera hashes its files itself: checking costs 32 bytes on the link, far less than the copy
     * (as mpremote does). Elsewhere, hashing the target costs as much as writing it.
     */
    private static boolean hashesOnCamera(Volume volume) {
        return volume instanceof DeviceVolume || volume instanceof CameraRoot;
    }
}
