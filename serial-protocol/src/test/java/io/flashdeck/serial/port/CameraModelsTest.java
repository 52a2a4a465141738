package io.flashdeck.serial.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CameraModelsTest {

    @Test
    void namesEveryOpenMvCamOfTheDesign() {
        Map<Integer, String> expected = Map.of(
                0x1202, "OpenMV Cam M4", 0x1203, "OpenMV Cam M7", 0x1204, "OpenMV Cam H7",
                0x124A, "OpenMV Cam H7 Plus", 0x1205, "OpenMV PureThermal", 0x1206, "OpenMV Cam N6",
                0x1060, "OpenMV Cam RT1062", 0x16E3, "OpenMV Cam AE3");

        expected.forEach((pid, name) -> assertThat(CameraModels.identify(0x37C5, pid))
                .contains(new BoardModel(name, BoardKind.OPENMV_CAM)));
    }

    @Test
    void anUnknownOpenMvProductIsStillACamera() {
        assertThat(CameraModels.identify(0x37C5, 0x7777)).contains(new BoardModel("OpenMV Cam", BoardKind.OPENMV_CAM));
    }

    @Test
    void olderFirmwareUsesThePidCodesIdentity() {
        assertThat(CameraModels.identify(0x1209, 0xABD1)).hasValueSatisfying(m -> assertThat(m.isOpenMv()).isTrue());
        assertThat(CameraModels.identify(0x1209, 0x0001)).as("another pid.codes project").isEmpty();
    }

    @Test
    void arduinoBoardsAreRecognisedAsPossibleOpenMvHosts() {
        assertThat(CameraModels.identify(0x2341, 0x055F)).contains(new BoardModel("Arduino Nicla Vision", BoardKind.ARDUINO));
        assertThat(CameraModels.identify(0x2341, 0x055B)).contains(new BoardModel("Arduino Portenta H7", BoardKind.ARDUINO));
        assertThat(CameraModels.identify(0x2341, 0x0043)).contains(new BoardModel("Arduino board", BoardKind.ARDUINO));
    }

    @Test
    void otherMicroPythonBoardsByVendor() {
        assertThat(CameraModels.identify(0x2E8A, 0x0005)).hasValueSatisfying(m -> {
            assertThat(m.name()).contains("Pico");
            assertThat(m.kind()).isEqualTo(BoardKind.MICROPYTHON_BOARD);
        });
        assertThat(CameraModels.identify(0xF055, 0x9800)).hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(BoardKind.MICROPYTHON_BOARD));
        assertThat(CameraModels.identify(0x303A, 0x1001)).hasValueSatisfying(m -> assertThat(m.name()).contains("Espressif"));
    }

    @Test
    void unknownAndMissingIdentitiesAreNotBoards() {
        assertThat(CameraModels.identify(0x0403, 0x6001)).as("FTDI adapter").isEmpty();
        assertThat(CameraModels.identify(-1, -1)).as("pseudo-terminal").isEmpty();
    }

    @Test
    void portSummariesShowTheBoardAndIds() {
        assertThat(new PortInfo("/dev/ttyACM0", "OpenMV Virtual Comm Port", 0x37C5, 0x124A, "ABC").summary())
                .isEqualTo("/dev/ttyACM0  OpenMV Cam H7 Plus  [37C5:124A]");
        assertThat(new PortInfo("/dev/pts/3", "User-Specified Port", -1, -1, "").summary())
                .isEqualTo("/dev/pts/3  User-Specified Port");
    }

    @Test
    void scannerListsCamerasFirst() {
        PortInfo uart = new PortInfo("/dev/ttyS0", "UART", -1, -1, "");
        PortInfo pico = new PortInfo("/dev/ttyACM1", "Board", 0x2E8A, 0x0005, "");
        PortInfo cam = new PortInfo("/dev/ttyACM2", "Cam", 0x37C5, 0x1204, "");

        assertThat(java.util.stream.Stream.of(uart, pico, cam).sorted(PortScanner::knownBoardsFirst))
                .containsExactly(cam, pico, uart);
    }
}
