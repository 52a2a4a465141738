package io.flashdeck.app.cli;

import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.Mover;
import io.flashdeck.core.transfer.TransferProgress;
import java.io.IOException;
import picocli.CommandLine.Command;

@Command(name = "mv", mixinStandardHelpOptions = true,
        description = {"Move or rename files and directories, in any direction.",
            "Between volumes every file is copied and verified before the source is deleted."})
final class MvCommand extends TransferCommand {

    MvCommand() {
        super("move", false);
    }

    @Override
    boolean recursive() {
        return true;
    }

    @Override
    void transfer(CopyPlan plan, TransferProgress progress) throws IOException {
        new Mover(CopyOptions.DEFAULT, progress).move(plan);
    }
}
