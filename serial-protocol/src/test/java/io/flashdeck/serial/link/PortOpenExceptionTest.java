package io.flashdeck.serial.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.serial.link.PortOpenException.Platform;
import io.flashdeck.serial.link.PortOpenException.Reason;
import org.junit.jupiter.api.Test;

class PortOpenExceptionTest {

    @Test
    void permissionDeniedOnLinuxSaysWhatToDo() {
        PortOpenException e = PortOpenException.fromErrorCode("/dev/ttyACM0", 13, Platform.LINUX, true);

        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(e.getMessage()).contains("/dev/ttyACM0").contains("dialout").contains("udev rule");
    }

    @Test
    void permissionDeniedElsewhereDoesNotMentionLinuxGroups() {
        PortOpenException e = PortOpenException.fromErrorCode("/dev/cu.usbmodem1", 13, Platform.MAC, true);

        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(e.getMessage()).doesNotContain("dialout");
    }

    @Test
    void lockedOrOpenElsewhereIsBusy() {
        assertThat(PortOpenException.fromErrorCode("/dev/ttyACM0", 11, Platform.LINUX, true).reason()).isEqualTo(Reason.BUSY);
        assertThat(PortOpenException.fromErrorCode("/dev/ttyACM0", 16, Platform.LINUX, true).reason()).isEqualTo(Reason.BUSY);
        assertThat(PortOpenException.fromErrorCode("/dev/ttyACM0", 2, Platform.LINUX, true).reason())
                .as("jSerialComm's 'already open here'").isEqualTo(Reason.BUSY);
        assertThat(PortOpenException.fromErrorCode("/dev/cu.x", 35, Platform.MAC, true).reason()).isEqualTo(Reason.BUSY);
        assertThat(PortOpenException.fromErrorCode("COM3", 5, Platform.WINDOWS, true).getMessage()).contains("COM3 is busy");
    }

    @Test
    void aPathThatIsGoneIsNotFound() {
        assertThat(PortOpenException.fromErrorCode("/dev/ttyACM0", 2, Platform.LINUX, false).reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(PortOpenException.fromErrorCode("/dev/ttyACM0", 19, Platform.LINUX, true).reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(PortOpenException.fromErrorCode("COM9", 2, Platform.WINDOWS, false).getMessage()).contains("no serial port COM9");
    }

    @Test
    void anythingElseNamesTheCode() {
        PortOpenException e = PortOpenException.fromErrorCode("/dev/ttyUSB0", 5, Platform.LINUX, true);

        assertThat(e.reason()).isEqualTo(Reason.OTHER);
        assertThat(e.getMessage()).contains("system error 5");
    }
}
