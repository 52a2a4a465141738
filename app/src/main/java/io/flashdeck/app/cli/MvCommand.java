package io.flashdeck.app.cli;

import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.Mover;
import io.flashdeck.core.transfer.TransferProgress;
import java.io.IOException;

final class MvCommand extends TransferCommand {

    static final String NAME = "mv";

    MvCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "move", false, NAME, "Move or rename files and directories, in any direction.",
                "Between volumes every file is copied and verified before the source is deleted.");
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
