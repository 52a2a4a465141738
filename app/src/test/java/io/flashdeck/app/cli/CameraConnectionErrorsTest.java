package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.serial.port.PortInfo;
import io.flashdeck.serial.repl.ReplSettings;
import io.flashdeck.serial.testing.PseudoTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Finding "the" camera for {@code cam:}, and every way of not reaching one: each is one clear
 * line and exit 1, the stack trace in the log.
 */
class CameraConnectionErrorsTest extends OnMicroPythonCamera {

    private static final int OPENMV = 0x37C5;
    /** Waiting for a prompt that never comes takes the whole enter timeout: kept short here. */
    private static final ReplSettings IMPATIENT = MicroPythonCamera.SETTINGS.withEnterTimeout(Duration.ofSeconds(2))
            .withResponseTimeout(Duration.ofMillis(500)).withExecTimeout(Duration.ofSeconds(2));

    @Test
    void camFindsTheOneCameraAmongThePorts() {
        cam.listPorts(List.of(port("/dev/ttyS0", -1, -1), port(cam.port().toString(), OPENMV, 0x124A)));
        assertThat(cam.ok("ls", "cam:/").outLines()).contains("flash", "sdcard");

        cam.listPorts(List.of(port("/dev/ttyUSB0", 0x10C4, 0xEA60), port(cam.port().toString(), 0xF055, 0x9800)));
        assertThat(cam.ok("exec", "cam:", "print(6 * 7)").out).as("another MicroPython board").isEqualTo("42\n");
    }

    @Test
    void noCameraOrSeveralCamerasSaySo() {
        cam.listPorts(List.of(port("/dev/ttyS0", -1, -1), port("/dev/ttyUSB0", 0x10C4, 0xEA60)));
        assertThat(cam.fails("ls", "cam:/flash")).isEqualTo("flashdeck: cannot access cam:/flash: "
                + "no camera found (plugged in? on Linux, in the dialout group?)");

        cam.listPorts(List.of(port("/dev/ttyACM0", OPENMV, 0x1204), port("/dev/ttyACM1", OPENMV, 0x1060),
                port(cam.port().toString(), 0xF055, 0x9800)));
        assertThat(cam.fails("df", "cam:")).isEqualTo("flashdeck: cannot measure cam:: several cameras found: "
                + "/dev/ttyACM0 (OpenMV Cam H7), /dev/ttyACM1 (OpenMV Cam RT1062); name one as cam@PORT:, "
                + "such as cam@/dev/ttyACM0:/flash");
    }

    @Test
    void aPortThatDoesNotExist() {
        Path missing = dir.resolve("ttyACM9");
        assertThat(cam.fails("ls", "cam@" + missing + ":/flash")).isEqualTo("flashdeck: cannot access cam@"
                + missing + ":/flash: no serial port " + missing + " (is the camera plugged in?)");
        assertThat(CliRun.logDirectory(cam.work()).resolve("flashdeck.log")).content()
                .contains("PortOpenException");
    }

    @Test
    void aPortThatEchoesIsNoCamera() throws Exception {
        try (PseudoTerminal echo = PseudoTerminal.running(dir, "echo0", "cat")) {
            String error = MicroPythonCamera.failure(cam.run(IMPATIENT, "exec", "cam@" + echo.port(), "print(1)"));
            assertThat(error).startsWith("flashdeck: cannot run code on cam@" + echo.port()
                    + ": the device stopped answering: no answer from " + echo.port())
                    .contains("while waiting for the raw REPL prompt").endsWith("(is it a MicroPython board?)");
        }
    }

    @Test
    void aPortThatPrintsGarbageIsNoCamera() throws Exception {
        try (PseudoTerminal noise = PseudoTerminal.running(dir, "noise0", "yes 0123456789abcdef")) {
            String error = MicroPythonCamera.failure(cam.run(IMPATIENT, "ls", "cam@" + noise.port() + ":/flash"));
            assertThat(error).contains(": the device stopped answering: ", "0123456789abcdef")
                    .endsWith("(is it a MicroPython board?)");
        }
    }

    @Test
    void rawPasteOnADeviceWhereItHangsEndsInATimeout() {
        String pasted = "x = 1\n".repeat(50) + "print(x)"; // code that fits one plain chunk is sent without raw-paste
        assertThat(MicroPythonCamera.failure(cam.run(IMPATIENT, "exec", cam.at(""), pasted)))
                .startsWith("flashdeck: cannot run code on " + cam.at("") + ": the device stopped answering: ");
    }

    @Test
    void aCameraThatVanishesMidCopy() throws Exception {
        // Large enough that the upload outlasts the progress line's first draw (half a second) even
        // at the peer's best speed, so the unplugging below always happens mid-copy.
        byte[] content = new byte[32 << 20];
        new Random(3).nextBytes(content);
        Files.write(cam.work().resolve("big.bin"), content);
        CompletableFuture<Void> unplugged = new CompletableFuture<>();
        // Unplugged once the upload is seen going: as soon as the progress line shows it.
        CliRun run = cam.onTerminal(text -> {
            if (text.contains("big.bin  ") && !unplugged.isDone()) {
                unplugged.completeAsync(() -> {
                    close(cam);
                    return null;
                });
            }
        }, "cp", "big.bin", cam.at("/flash/"));
        unplugged.get(2, TimeUnit.MINUTES);

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).as("the progress line, cleared before the error").matches(
                "(?s)\\rbig\\.bin  [0-9.]+ [KM]iB / 32 MiB  [0-9.]+ [KM]iB/s  ETA .*\\r +\\r"
                        + "flashdeck: cannot copy big\\.bin: lost the connection: .* \\(unplugged or restarted\\?\\)\n");
    }

    private static void close(MicroPythonCamera cam) {
        try {
            cam.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PortInfo port(String path, int vendor, int product) {
        return new PortInfo(path, "USB serial", vendor, product, "");
    }
}
