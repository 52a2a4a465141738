package io.flashdeck.app.cli;

import io.flashdeck.core.transfer.Copier;
import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.TransferProgress;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cp", mixinStandardHelpOptions = true,
        description = {"Copy files and, with -r, directories, in any direction.",
            "Into an existing directory: inside it; otherwise DESTINATION becomes the copy. Existing files are replaced."})
final class CpCommand extends TransferCommand {

    @Option(names = {"-r", "-R", "--recursive"}, description = "Copy directories and everything in them.")
    boolean recursive;

    @Option(names = "--verify", description = "Re-read every written file and compare its SHA-256 with the source.")
    boolean verify;

    CpCommand() {
        super("copy", true);
    }

    @Override
    boolean recursive() {
        return recursive;
    }

    @Override
    void transfer(CopyPlan plan) throws IOException {
        new Copier(CopyOptions.DEFAULT.withVerify(verify), TransferProgress.NONE).copy(plan);
    }
}
