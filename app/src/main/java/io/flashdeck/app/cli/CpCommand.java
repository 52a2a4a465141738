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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cp", mixinStandardHelpOptions = true,
        description = {"Copy files and, with -r, directories, in any direction.",
            "Into an existing directory: inside it; otherwise DESTINATION becomes the copy. Existing files are replaced;",
            "on a camera, a file with the same content (by SHA-256, computed on the camera) is skipped unless --force."})
final class CpCommand extends TransferCommand {

    @Option(names = {"-r", "-R", "--recursive"}, description = "Copy directories and everything in them.")
    boolean recursive;

    @Option(names = "--verify", description = "Re-read every written file and compare its SHA-256 with the source.")
    boolean verify;

    @Option(names = "--force", description = "On a camera, copy files even when the camera already has the same content.")
    boolean force;

    private int unchanged;

    CpCommand() {
        super("copy", true);
    }

    @Override
    boolean recursive() {
        return recursive;
    }

    @Override
    void transfer(CopyPlan plan, TransferProgress progress) throws IOException {
        boolean skipUnchanged = !force && hashesOnCamera(plan.target().volume());
        // Files overlap where both volumes allow it (an image to a folder): the host creates them side by side.
        CopyOptions options = new CopyOptions(skipUnchanged ? ConflictPolicy.SKIP_UNCHANGED : ConflictPolicy.REPLACE,
                verify, true);
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
