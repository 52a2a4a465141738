package io.flashdeck.serial.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.testing.MicroPythonPeer;
import io.flashdeck.serial.testing.PseudoTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serial ports for real: socat puts MicroPython behind a pseudo-terminal (a path that port
 * discovery does not list), and jSerialComm opens it as it would a camera.
 */
class SerialLinkTest {

    @TempDir
    Path dir;
    private PseudoTerminal terminal;

    @AfterEach
    void stopSocat() throws InterruptedException {
        if (terminal != null) {
            terminal.close();
        }
    }

    private Path cameraBehindPty() throws IOException {
        terminal = PseudoTerminal.microPython(dir, "cam0");
        return terminal.port();
    }

    @Test
    void opensAPseudoTerminalThroughItsLinkAndRunsCode() throws Exception {
        Path port = cameraBehindPty();

        try (RawRepl repl = RawRepl.open(SerialLink.open(port.toString()), MicroPythonPeer.settings())) {
            assertThat(new String(repl.exec("print(sum(range(10)))"), StandardCharsets.US_ASCII).strip()).isEqualTo("45");
        }
    }

    @Test
    void aPortInUseIsBusy() throws Exception {
        Path port = cameraBehindPty();
        try (SerialLink first = SerialLink.open(port.toString())) {
            assertThatThrownBy(() -> SerialLink.open(port.toString()))
                    .isInstanceOfSatisfying(PortOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(PortOpenException.Reason.BUSY))
                    .hasMessageContaining("busy");
        }
    }

    @Test
    void aVanishedPortEndsTheLink() throws Exception {
        Path port = cameraBehindPty();
        try (SerialLink link = SerialLink.open(port.toString())) {
            terminal.close();

            byte[] buffer = new byte[256];
            assertThatThrownBy(() -> {
                for (int i = 0; i < 50; i++) {
                    link.read(buffer, 0, buffer.length, Duration.ofMillis(100));
                }
            }).isInstanceOf(LinkClosedException.class).hasMessageContaining("is gone");
        }
    }

    @Test
    void aMissingPortIsNotFound() {
        assertThatThrownBy(() -> SerialLink.open(dir.resolve("ttyACM9").toString()))
                .isInstanceOfSatisfying(PortOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(PortOpenException.Reason.NOT_FOUND));
    }

    @Test
    void refusesTheRatesThatChangeWhatACameraDoes() {
        for (int baud : List.of(921_600, 1_200)) {
            assertThatThrownBy(() -> SerialLink.open("/dev/ttyACM0", baud))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(baud + " baud is refused");
        }
    }
}
