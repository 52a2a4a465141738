package io.flashdeck.serial.device;

import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.IOException;
import java.util.List;

/** Cut links on real MicroPython, whose files live in the interpreter's memory. */
class TransferFaultInjectionOnMicroPythonTest extends TransferFaultInjectionContract {

    @Override
    protected Link startDevice() throws IOException {
        return MicroPythonPeer.start();
    }

    @Override
    protected ReplSettings settings() {
        return MicroPythonPeer.settings();
    }

    @Override
    protected int cuts() {
        return 75;
    }

    @Override
    protected List<String> temporaries(String directory) throws IOException {
        return MicroPythonPeer.names(session(), directory).stream().filter(name -> name.startsWith(".fd")).toList();
    }
}
