package io.flashdeck.serial.device;

import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.IOException;

/** Batches on real MicroPython. */
class BatchTransferOnMicroPythonTest extends BatchTransferContract {

    @Override
    protected Link startDevice() throws IOException {
        return MicroPythonPeer.start();
    }

    @Override
    protected ReplSettings settings() {
        return MicroPythonPeer.settings();
    }
}
