package io.flashdeck.serial.emu;

import static io.flashdeck.serial.testing.LinkText.readUntil;
import static io.flashdeck.serial.testing.LinkText.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.serial.agent.Agent;
import io.flashdeck.serial.agent.AgentScript;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.LinkClosedException;
import io.flashdeck.serial.link.PipeLink;
import io.flashdeck.serial.repl.DeviceException;
import io.flashdeck.serial.repl.DeviceTimeoutException;
import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.testing.TestCamera;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The virtual camera's REPLs as a terminal and as a client see them. */
class VirtualCameraReplTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final String BANNER = "MicroPython v1.26.0-r0 OpenMV v4.7.0 2025-07-18; OpenMV Cam H7 with STM32H743\r\n"
            + "Type \"help()\" for more information.\r\n";
    private static final String REFUSED = "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n"
            + "NotImplementedError: this virtual camera runs only FlashDeck's agent\r\n";

    @TempDir
    Path dir;
    private TestCamera camera;
    private PipeLink link;

    private void start() throws IOException {
        camera = TestCamera.start(dir);
        link = camera.link();
    }

    @AfterEach
    void stop() throws IOException {
        camera.close();
    }

    @Test
    void bootsToTheFriendlyReplWithOpenMvsBanner() throws IOException {
        start();

        assertThat(readUntil(link, ">>> ", WAIT)).isEqualTo(BANNER + ">>> ");
    }

    @Test
    void echoesWhatIsTypedAndSaysHonestlyWhatItCannotRun() throws IOException {
        start();
        readUntil(link, ">>> ", WAIT);

        type(link, "print(1)\r");

        assertThat(readUntil(link, ">>> ", WAIT)).isEqualTo("print(1)\r\n" + REFUSED + ">>> ");
    }

    @Test
    void editsLinesWaitsForOpenBracketsAndCancelsWithCtrlC() throws IOException {
        start();
        readUntil(link, ">>> ", WAIT);

        type(link, "x = (1,\r");
        assertThat(readUntil(link, "... ", WAIT)).isEqualTo("x = (1,\r\n... ");
        type(link, "2)\r");
        assertThat(readUntil(link, ">>> ", WAIT)).isEqualTo("2)\r\n" + REFUSED + ">>> ");

        type(link, "abd\bc\u0003");
        assertThat(readUntil(link, ">>> ", WAIT)).isEqualTo("abd\b\u001b[Kc\r\n>>> ");
    }

    @Test
    void ctrlDSoftRebootsAndCtrlAAndCtrlBSwitchRepls() throws IOException {
        start();
        readUntil(link, ">>> ", WAIT);

        type(link, "\u0004");
        assertThat(readUntil(link, ">>> ", WAIT)).isEqualTo("\r\nMPY: soft reboot\r\n" + BANNER + ">>> ");
        type(link, "\u0001");
        assertThat(readUntil(link, ">", WAIT)).isEqualTo("\r\nraw REPL; CTRL-B to exit\r\n>");
        type(link, "\u0004"); // on an empty raw line: a soft reset that stays raw
        assertThat(readUntil(link, ">", WAIT)).isEqualTo("OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>");
        type(link, "\u0002");
        assertThat(readUntil(link, ">>> ", WAIT)).isEqualTo("\r\n" + BANNER + ">>> ");
    }

    @Test
    void ctrlCInterruptsAPrintingMainPyAndASoftResetDoesNotRunItAgain() throws IOException {
        camera = TestCamera.start(dir, settings -> settings.withBusy(true));
        link = camera.link();
        readUntil(link, "fps\r\n", WAIT);

        type(link, "\u0003");
        assertThat(readUntil(link, ">>> ", WAIT)).endsWith("Traceback (most recent call last):\r\n"
                + "  File \"main.py\", line 7, in <module>\r\nKeyboardInterrupt: \r\n" + BANNER + ">>> ");
        type(link, "\u0004");
        assertThat(readUntil(link, ">>> ", WAIT)).isEqualTo("\r\nMPY: soft reboot\r\n" + BANNER + ">>> ");
    }

    @Test
    void refusesCodeItCannotRunWithATypedErrorAndKnowsNoAgentBeforeThePaste() throws IOException {
        start();
        RawRepl repl = RawRepl.open(link, TestCamera.settings());

        assertThatThrownBy(() -> repl.exec("import os\nprint(os.listdir('/'))"))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.exceptionType()).isEqualTo("NotImplementedError");
                    assertThat(e.detail()).isEqualTo("this virtual camera runs only FlashDeck's agent");
                });
        assertThatThrownBy(() -> repl.exec("_fdagent.info()"))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.exceptionType()).isEqualTo("NameError"));
        assertThatThrownBy(() -> repl.exec(AgentScript.get().code().replace("'fd:'", "'xx:'")))
                .hasMessageContaining("another version of it");
    }

    @Test
    void rejectsAClientThatIgnoresRawPasteCreditsAndOursNeverTripsIt() throws IOException {
        start();
        camera.allowDrops();
        RawRepl ours = RawRepl.open(link, TestCamera.settings());
        Agent.attach(ours); // ten kibibytes pasted with credits
        assertThat(camera.camera().droppedBytes()).isZero();

        type(link, "\u0005A\u0001");
        assertThat(readBytes(5)).containsExactly('R', 1, 128, 0, 1);
        link.write("x = 1  # a line of code that goes nowhere\n".repeat(100).getBytes(StandardCharsets.US_ASCII));
        while (readBytes(1)[0] != 0x04) {
            // credits for what the camera could read, then it stops reading
        }
        type(link, "\u0004");
        String answer = readUntil(link, "\u0004>", WAIT);

        assertThat(camera.camera().droppedBytes()).isGreaterThan(3000);
        assertThat(answer).startsWith("\u0004Traceback (most recent call last):")
                .contains("SyntaxError: invalid syntax (the camera's 512-byte USB receive buffer overflowed and dropped")
                .endsWith("\u0004>");
        assertThat(probe(ours)).isEqualTo(AgentScript.get().version());
    }

    @Test
    void declinesRawPasteWhenToldAndTheClientFallsBack() throws IOException {
        camera = TestCamera.start(dir, settings -> settings.withRawPaste(false));
        RawRepl repl = RawRepl.open(camera.link(), TestCamera.settings());

        Agent agent = Agent.attach(repl);

        assertThat(repl.usesRawPaste()).isFalse();
        assertThat(agent.mounts()).hasSize(2);
    }

    @Test
    void aStalledCameraTimesOutAndAnswersOnceReleased() throws IOException {
        start();
        RawRepl repl = RawRepl.open(link, TestCamera.settings().withResponseTimeout(Duration.ofMillis(300))
                .withExecTimeout(Duration.ofMillis(300)));

        camera.camera().stall();
        assertThatThrownBy(() -> repl.exec(AgentScript.VERSION_PROBE)).isInstanceOf(DeviceTimeoutException.class);
        camera.camera().release();

        repl.enter();
        assertThat(probe(repl)).isEqualTo("-");
    }

    @Test
    void aHardResetDropsTheUsbConnectionAndComesBackWithItsBanner() throws IOException {
        start();
        readUntil(link, ">>> ", WAIT);

        type(link, "import machine\r");
        readUntil(link, ">>> ", WAIT);
        type(link, "machine.reset()\r");

        assertThatThrownBy(() -> readUntil(link, "never", WAIT)).isInstanceOf(LinkClosedException.class);
        Link next = camera.camera().awaitReconnect(link, WAIT);
        assertThat(readUntil(next, ">>> ", WAIT)).isEqualTo(BANNER + ">>> ");
    }

    private static String probe(RawRepl repl) throws IOException {
        return new String(repl.exec(AgentScript.VERSION_PROBE), StandardCharsets.UTF_8).strip();
    }

    private byte[] readBytes(int count) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[count];
        while (got.size() < count) {
            int n = link.read(buffer, 0, count - got.size(), WAIT);
            assertThat(n).as("bytes from the camera").isPositive();
            got.write(buffer, 0, n);
        }
        return got.toByteArray();
    }
}
