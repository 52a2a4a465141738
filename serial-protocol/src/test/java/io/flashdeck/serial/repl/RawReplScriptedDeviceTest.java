package io.flashdeck.serial.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.serial.link.LinkClosedException;
import io.flashdeck.serial.link.PipeLink;
import io.flashdeck.serial.repl.ScriptedDevice.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a scripted device, for what real MicroPython under Node cannot show. */
class RawReplScriptedDeviceTest {

    private static final ReplSettings SETTINGS = ReplSettings.defaults()
            .withEnterTimeout(Duration.ofSeconds(3))
            .withResponseTimeout(Duration.ofMillis(300))
            .withExecTimeout(Duration.ofSeconds(2))
            .withPlainChunkPause(Duration.ZERO);

    private final PipeLink.Pair pipe = PipeLink.pair("scripted");
    private ScriptedDevice device;

    @AfterEach
    void hangUp() {
        pipe.host().close();
    }

    /** A device whose code prints its own length, so a test sees the code arrived whole. */
    private ScriptedDevice device() {
        device = new ScriptedDevice(pipe.device(), code -> Reply.printed(code.length() + "\r\n"));
        return device;
    }

    private RawRepl enteredRepl(ReplSettings settings) throws IOException {
        return RawRepl.open(pipe.host(), settings);
    }

    @Test
    void pastesCodeOneWindowAtATimeAsCreditsArrive() throws IOException {
        device().start();
        RawRepl repl = enteredRepl(SETTINGS);
        String code = randomCode(5000, 1);

        byte[] out = repl.exec(code);

        assertThat(new String(out, StandardCharsets.US_ASCII).strip()).isEqualTo("5000");
        assertThat(device.codeReceived).containsExactly(code);
        assertThat(device.pasteRequests).isEqualTo(1);
        assertThat(device.maxPasteInFlight).isEqualTo(128);
        assertThat(repl.usesRawPaste()).isTrue();
    }

    @Test
    void stopsPastingWhenTheDeviceEndsThePasteEarly() throws IOException {
        device().abortPasteAfter(300).start();
        RawRepl repl = enteredRepl(SETTINGS);

        assertThatThrownBy(() -> repl.exec(randomCode(2000, 2)))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.exceptionType()).isEqualTo("SyntaxError"));
        assertThat(device.codeReceived.get(0)).hasSize(300);
        assertThat(new String(repl.exec("print(1)"), StandardCharsets.US_ASCII).strip()).isEqualTo("8");
    }

    @Test
    void fallsBackToThePlainRawReplWhenRawPasteIsDeclined() throws IOException {
        device().rawPaste(ScriptedDevice.RawPaste.DECLINED).start();
        RawRepl repl = enteredRepl(SETTINGS);

        String first = randomCode(700, 3);
        assertThat(new String(repl.exec(first), StandardCharsets.US_ASCII).strip()).isEqualTo("700");
        assertThat(new String(repl.exec("x"), StandardCharsets.US_ASCII).strip()).isEqualTo("1");

        assertThat(device.codeReceived).containsExactly(first, "x");
        assertThat(device.pasteRequests).as("asked once per connection").isEqualTo(1);
        assertThat(repl.usesRawPaste()).isFalse();
    }

    @Test
    void fallsBackOnFirmwareThatPredatesRawPaste() throws IOException {
        device().rawPaste(ScriptedDevice.RawPaste.ABSENT).start();
        RawRepl repl = enteredRepl(SETTINGS);

        String first = randomCode(400, 5);
        assertThat(new String(repl.exec(first), StandardCharsets.US_ASCII).strip()).isEqualTo("400");
        assertThat(new String(repl.exec("abcd"), StandardCharsets.US_ASCII).strip()).isEqualTo("4");
        assertThat(device.codeReceived).containsExactly(first, "abcd");
        assertThat(repl.usesRawPaste()).isFalse();
    }

    @Test
    void sendsCodeThatFitsOneChunkPlainWithoutAskingForRawPaste() throws IOException {
        device().start();
        RawRepl repl = enteredRepl(SETTINGS);
        String call = randomCode(256, 6);

        assertThat(new String(repl.exec(call), StandardCharsets.US_ASCII).strip()).isEqualTo("256");
        assertThat(device.pasteRequests).as("no raw-paste round trip for short code").isZero();
        assertThat(repl.usesRawPaste()).isTrue();

        String longer = randomCode(257, 7);
        assertThat(new String(repl.exec(longer), StandardCharsets.US_ASCII).strip()).isEqualTo("257");
        assertThat(device.pasteRequests).isEqualTo(1);
        assertThat(device.codeReceived).containsExactly(call, longer);
    }

    @Test
    void neverTriesRawPasteWhenSwitchedOff() throws IOException {
        device().start();
        RawRepl repl = enteredRepl(SETTINGS.withRawPaste(false));

        repl.exec("abc");

        assertThat(device.pasteRequests).isZero();
        assertThat(device.codeReceived).containsExactly("abc");
    }

    @Test
    void interruptsABusyScriptPrintingWithoutEnd() throws IOException {
        device().busy(0).start();

        RawRepl repl = enteredRepl(SETTINGS);

        assertThat(new String(repl.exec("ab"), StandardCharsets.US_ASCII).strip()).isEqualTo("2");
    }

    @Test
    void retriesWhenTheScriptShrugsOffTheFirstInterrupts() throws IOException {
        device().busy(2).start();

        RawRepl repl = enteredRepl(SETTINGS);

        assertThat(new String(repl.exec("abc"), StandardCharsets.US_ASCII).strip()).isEqualTo("3");
    }

    @Test
    void givesUpOnAScriptThatCannotBeInterruptedAndShowsItsOutput() {
        device().busy(Integer.MAX_VALUE).start();
        long start = System.nanoTime();

        assertThatThrownBy(() -> enteredRepl(SETTINGS.withEnterTimeout(Duration.ofSeconds(1))))
                .isInstanceOfSatisfying(DeviceTimeoutException.class, e -> {
                    assertThat(e.getMessage()).contains("raw REPL prompt").contains("fps 29.8\\r\\n\"");
                    assertThat(new String(e.received(), StandardCharsets.US_ASCII))
                            .contains("KeyboardInterrupt caught, carrying on\r\nframe");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void ignoresGarbageBeforeThePrompt() throws IOException {
        byte[] garbage = new byte[3000];
        new Random(4).nextBytes(garbage);
        System.arraycopy("raw REPL; CTRL".getBytes(StandardCharsets.US_ASCII), 0, garbage, 1000, 14);
        device().garbage(garbage).start();

        RawRepl repl = enteredRepl(SETTINGS);

        assertThat(new String(repl.exec("abcde"), StandardCharsets.US_ASCII).strip()).isEqualTo("5");
    }

    @Test
    void givesUpOnASilentDeviceAndShowsWhatItSaid() {
        device().garbage("U-Boot SPL 2024.01\r\n".getBytes(StandardCharsets.US_ASCII)).silent().start();
        long start = System.nanoTime();

        assertThatThrownBy(() -> enteredRepl(SETTINGS.withEnterTimeout(Duration.ofSeconds(1))))
                .isInstanceOf(DeviceTimeoutException.class)
                .hasMessageContaining("raw REPL prompt")
                .hasMessageContaining("U-Boot SPL 2024.01\\r\\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void reportsADeviceThatHangsUpWhileRunningCode() throws IOException {
        device = new ScriptedDevice(pipe.device(), code -> {
            pipe.device().close(); // unplugged while the code runs
            return Reply.printed("never sent");
        }).start();
        RawRepl repl = enteredRepl(SETTINGS);

        assertThatThrownBy(() -> repl.exec("import machine")).isInstanceOf(LinkClosedException.class)
                .hasMessageContaining("closed by the other side");
    }

    @Test
    void softResetReturnsToTheRawRepl() throws IOException {
        device().start();
        RawRepl repl = enteredRepl(SETTINGS);

        repl.softReset();

        assertThat(repl.inRawRepl()).isTrue();
        assertThat(new String(repl.exec("ab"), StandardCharsets.US_ASCII).strip()).isEqualTo("2");
    }

    private static String randomCode(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder code = new StringBuilder();
        while (code.length() < length) {
            code.append(random.nextInt(10) == 0 ? '\n' : (char) ('a' + random.nextInt(26)));
        }
        return code.toString();
    }
}
