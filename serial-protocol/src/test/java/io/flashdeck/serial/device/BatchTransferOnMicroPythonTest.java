package io.flashdeck.serial.device;

import io.flashdeck.serial.agent.PyLiteral;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.IOException;
import java.util.Arrays;
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
        String names = DeviceVolumeContract.text(session().exec("import os\nprint(b'/'.join(os.listdir("
                + PyLiteral.utf8(directory) + ")).decode())"));
        return names.isEmpty() ? List.of() : Arrays.asList(names.split("/"));
    }
}
