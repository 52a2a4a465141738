package io.flashdeck.serial.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.LinkClosedException;
import io.flashdeck.serial.link.ProcessLink;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The client against real MicroPython (the WebAssembly build under Node), raw-paste off; beyond
 * the contract, what only a real interpreter shows: Python's own exceptions and output.
 */
class RawReplOnMicroPythonTest extends RawReplContract {

    @Override
    protected Link connect() throws IOException {
        return MicroPythonPeer.start();
    }

    @Override
    protected ReplSettings settings() {
        return MicroPythonPeer.settings();
    }

    @Test
    void mountsFlashAndSdcardWithTheModulesTheAgentNeeds() throws IOException {
        repl.enter();

        String facts = text(repl.exec("import vfs, os, hashlib, binascii, micropython\n"
                + "print(sorted(m[1] for m in vfs.mount()))\n"
                + "print(os.statvfs('/flash')[0] > 0, hasattr(vfs, 'VfsFat'), hasattr(micropython, 'kbd_intr'))\n"
                + "print(binascii.hexlify(hashlib.sha256(b'abc').digest()[:4]))"));

        assertThat(facts).isEqualTo("['/', '/flash', '/sdcard']\nTrue False True\nb'ba7816bf'");
    }

    @Test
    void raisesPythonExceptionsWithTheirTypeLineAndOutput() throws IOException {
        repl.enter();

        assertThatThrownBy(() -> repl.exec("class BadThing(Exception):\n    pass\nprint('partial')\nraise BadThing('it broke')"))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.exceptionType()).isEqualTo("BadThing");
                    assertThat(e.detail()).isEqualTo("it broke");
                    assertThat(e.traceback()).contains("line 4");
                    assertThat(text(e.stdout())).isEqualTo("partial");
                });
        assertThat(text(repl.exec("print('hello', 6 * 7)"))).isEqualTo("hello 42");
    }

    @Test
    void rawPasteHangsThisBuildAndTheClientTimesOut() throws IOException {
        RawRepl pasting = new RawRepl(link, settings().withRawPaste(true).withExecTimeout(Duration.ofMillis(500)));
        pasting.enter();

        String longerThanAPlainChunk = "x = 1\n".repeat(50) + "print(x)"; // shorter code is sent plain
        assertThatThrownBy(() -> pasting.exec(longerThanAPlainChunk)).isInstanceOf(DeviceTimeoutException.class);
        ((ProcessLink) link).process().destroyForcibly(); // the interpreter spins for good now
    }

    @Test
    void reportsAKilledDeviceClearlyAndReconnects() throws IOException, InterruptedException {
        repl.enter();
        Process process = ((ProcessLink) link).process();
        process.destroyForcibly();
        process.waitFor();

        assertThatThrownBy(() -> repl.exec("print(1)"))
                .isInstanceOf(LinkClosedException.class)
                .hasMessageContaining("exited with code");

        link = MicroPythonPeer.start();
        repl = RawRepl.open(link, settings());
        assertThat(text(repl.exec("print('reconnected')"))).isEqualTo("reconnected");
    }
}
