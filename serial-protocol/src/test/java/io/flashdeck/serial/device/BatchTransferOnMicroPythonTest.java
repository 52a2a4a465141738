package io.flashdeck.serial.device;

import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.IOException;
import java.util.List;

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

    @Override
    protected List<String> storedNames(String directory) throws IOException {
        return MicroPythonPeer.names(session(), directory);
    }
}
