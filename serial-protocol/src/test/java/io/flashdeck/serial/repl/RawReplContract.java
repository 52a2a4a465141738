package io.flashdeck.serial.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every device that runs real Python must show the raw-REPL client: entering from any
 * state, output and tracebacks kept apart, large code, binary I/O, bounded waits, soft reset.
 * Subclasses name the device.
 */
abstract class RawReplContract {

    protected Link link;
    protected RawRepl repl;

    /** A fresh connection to a device in its friendly REPL. */
    protected abstract Link connect() throws IOException;

    protected abstract ReplSettings settings();

    @BeforeEach
    void connectDevice() throws IOException {
        link = connect();
        repl = new RawRepl(link, settings());
    }

    @AfterEach
    void closeDevice() throws IOException {
        link.close();
    }

    @Test
    void entersFromTheFriendlyRepl() throws IOException {
        repl.enter();

        assertThat(repl.inRawRepl()).isTrue();
        assertThat(text(repl.exec("print('hello', 6 * 7)"))).isEqualTo("hello 42");
    }

    @Test
    void entersWhenAlreadyRawAndWhenALineIsHalfTyped() throws IOException {
        link.write("x = (1,\r".getBytes(StandardCharsets.US_ASCII)); // the friendly REPL waits for more
        repl.enter();
        link.write("y = 1".getBytes(StandardCharsets.US_ASCII)); // a half-typed raw line

        RawRepl again = new RawRepl(link, settings()); // a new session knows nothing of the state
        again.enter();

        assertThat(text(again.exec("print(1 + 1)"))).isEqualTo("2");
    }

    @Test
    void keepsPythonStateBetweenCalls() throws IOException {
        repl.enter();
        repl.exec("counter = 41");

        assertThat(text(repl.exec("counter += 1\nprint(counter)"))).isEqualTo("42");
    }

    @Test
    void separatesOutputFromTheTraceback() throws IOException {
        repl.enter();

        ExecResult result = repl.execRaw("print('before')\n1/0".getBytes(StandardCharsets.US_ASCII));

        assertThat(result.failed()).isTrue();
        assertThat(result.stdoutText().strip()).isEqualTo("before");
        assertThat(new String(result.stderr(), StandardCharsets.UTF_8))
                .startsWith("Traceback (most recent call last):")
                .contains("ZeroDivisionError");
        assertThat(text(repl.exec("print('still fine')"))).isEqualTo("still fine");
    }

    @Test
    void raisesDeviceExceptionsAsTypedErrors() throws IOException {
        repl.enter();

        assertThatThrownBy(() -> repl.exec("class BadThing(Exception):\n    pass\nprint('partial')\nraise BadThing('it broke')"))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.exceptionType()).isEqualTo("BadThing");
                    assertThat(e.detail()).isEqualTo("it broke");
                    assertThat(e.traceback()).contains("line 4");
                    assertThat(text(e.stdout())).isEqualTo("partial");
                });
        assertThatThrownBy(() -> repl.exec("open('/no/such/file')"))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.exceptionType()).isEqualTo("OSError");
                    assertThat(e.errno()).isPresent();
                });
    }

    @Test
    void runsCodeOfManyKibibytes() throws IOException {
        repl.enter();
        StringBuilder code = new StringBuilder("total = 0\n");
        Random random = new Random(3);
        long expected = 0;
        while (code.length() < 12 * 1024) {
            int n = random.nextInt(1_000_000);
            code.append("total += ").append(n).append("  # ").append("x".repeat(random.nextInt(40))).append('\n');
            expected += n;
        }
        code.append("print(total)");

        assertThat(text(repl.exec(code.toString()))).isEqualTo(Long.toString(expected));
    }

    @Test
    void exchangesEveryByteValueWithRunningCode() throws IOException {
        repl.enter();
        RunningCode code = repl.start("import sys, micropython\n"
                + "micropython.kbd_intr(-1)\n"
                + "data = sys.stdin.buffer.read(512)\n"
                + "micropython.kbd_intr(3)\n"
                + "sys.stdout.buffer.write(bytes(reversed(data)))\n"
                + "print(len(data))");
        byte[] sent = new byte[512];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = (byte) i;
        }

        code.write(sent);
        byte[] back = new byte[sent.length];
        code.readFully(back, 0, back.length);
        ExecResult rest = code.finish();

        for (int i = 0; i < sent.length; i++) {
            assertThat(back[i]).as("byte %d", i).isEqualTo(sent[sent.length - 1 - i]);
        }
        assertThat(rest.stdoutText().strip()).isEqualTo("512");
        assertThat(repl.inRawRepl()).isTrue();
    }

    @Test
    void timesOutOnADeviceThatStopsAnsweringAndRecovers() throws IOException {
        RawRepl impatient = new RawRepl(link, settings().withExecTimeout(Duration.ofMillis(500)));
        impatient.enter();

        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.exec("import sys\nprint('waiting')\nsys.stdin.buffer.read(1)"))
                .isInstanceOfSatisfying(DeviceTimeoutException.class, e -> {
                    assertThat(e.getMessage()).contains("end of the code's output").contains("waiting");
                    assertThat(text(e.received())).isEqualTo("waiting");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(impatient.inRawRepl()).isFalse();

        impatient.enter(); // its first byte ends the read the code was blocked in
        assertThat(text(impatient.exec("print('back')"))).isEqualTo("back");
    }

    @Test
    void softResetLosesStateAndKeepsFiles() throws IOException {
        repl.enter();
        repl.exec("gone = 1\nwith open('/flash/kept.txt', 'w') as f:\n    f.write('kept')");

        repl.softReset();

        assertThat(repl.inRawRepl()).isTrue();
        assertThatThrownBy(() -> repl.exec("print(gone)"))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.exceptionType()).isEqualTo("NameError"));
        assertThat(text(repl.exec("print(open('/flash/kept.txt').read())"))).isEqualTo("kept");
    }

    @Test
    void leavesAndReentersTheRawRepl() throws IOException {
        repl.enter();
        repl.exit();
        assertThat(repl.inRawRepl()).isFalse();
        assertThatThrownBy(() -> repl.exec("print(1)")).isInstanceOf(IllegalStateException.class);

        repl.enter();
        assertThat(text(repl.exec("print(3)"))).isEqualTo("3");
    }

    static String text(byte[] output) {
        return new String(output, StandardCharsets.UTF_8).strip();
    }
}
