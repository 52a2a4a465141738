package io.flashdeck.app.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.serial.port.PortInfo;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraChooserTest {

    private static final PortInfo UART = new PortInfo("/dev/ttyS0", "ttyS0", -1, -1, null);
    private static final PortInfo ADAPTER = new PortInfo("/dev/ttyUSB0", "CP2102", 0x10C4, 0xEA60, "0001");
    private static final PortInfo H7 = new PortInfo("/dev/ttyACM1", "OpenMV", 0x37C5, 0x1204, "A");
    private static final PortInfo OLD_CAM = new PortInfo("/dev/ttyACM2", "OpenMV", 0x1209, 0xABD1, "B");
    private static final PortInfo PICO = new PortInfo("/dev/ttyACM0", "Board in FS mode", 0x2E8A, 0x0005, "C");
    private static final PortInfo NICLA = new PortInfo("/dev/ttyACM3", "Nicla", 0x2341, 0x055F, "D");

    @Test
    void anOpenMvCamComesBeforeOtherBoards() throws IOException {
        assertThat(CameraChooser.choose(List.of(UART, PICO, H7, ADAPTER))).isEqualTo(H7);
        assertThat(CameraChooser.choose(List.of(OLD_CAM, PICO))).isEqualTo(OLD_CAM);
    }

    @Test
    void withoutAnOpenMvCamTheOneMicroPythonBoard() throws IOException {
        assertThat(CameraChooser.choose(List.of(UART, PICO, ADAPTER))).isEqualTo(PICO);
        assertThat(CameraChooser.choose(List.of(NICLA, UART))).isEqualTo(NICLA);
    }

    @Test
    void unknownPortsAreNeverGuessedAt() {
        assertThatThrownBy(() -> CameraChooser.choose(List.of(UART, ADAPTER)))
                .hasMessage("no camera found (plugged in? on Linux, in the dialout group?)");
        assertThatThrownBy(() -> CameraChooser.choose(List.of()))
                .hasMessage("no camera found (plugged in? on Linux, in the dialout group?)");
    }

    @Test
    void severalCandidatesAreListed() {
        assertThatThrownBy(() -> CameraChooser.choose(List.of(H7, PICO, OLD_CAM)))
                .hasMessage("several cameras found: /dev/ttyACM1 (OpenMV Cam H7), /dev/ttyACM2 (OpenMV Cam (older"
                        + " firmware)); name one as cam@PORT:, such as cam@/dev/ttyACM1:/flash");
        assertThatThrownBy(() -> CameraChooser.choose(List.of(PICO, NICLA))).hasMessageStartingWith(
                "several cameras found: /dev/ttyACM0 (Raspberry Pi Pico (RP2)), /dev/ttyACM3 (Arduino Nicla Vision)");
    }
}
