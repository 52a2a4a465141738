package io.flashdeck.serial.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.serial.agent.Agent;
import io.flashdeck.serial.agent.AgentScript;
import io.flashdeck.serial.agent.PyLiteral;
import io.flashdeck.serial.agent.Sha256;
import io.flashdeck.serial.link.Link;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every device FlashDeck talks to must show the raw-REPL client: entering from any state,
 * output and tracebacks kept apart, kibibytes of code, binary I/O, bounded waits, soft reset. The
 * code run is the code FlashDeck sends: the agent (pasted, probed, called), so devices that run
 * only the agent take part too. Subclasses name the device.
 */
public abstract class RawReplContract {

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
        assertThat(probe(repl)).isEqualTo("-");
    }

    @Test
    void entersWhenAlreadyRawAndWhenALineIsHalfTyped() throws IOException {
        link.write("x = (1,\r".getBytes(StandardCharsets.US_ASCII)); // the friendly REPL waits for more
        repl.enter();
        link.write("y = 1".getBytes(StandardCharsets.US_ASCII)); // a half-typed raw line

        RawRepl again = new RawRepl(link, settings()); // a new session knows nothing of the state
        again.enter();

        assertThat(probe(again)).isEqualTo("-");
    }

    @Test
    void runsKibibytesOfCodeAndKeepsWhatItDefined() throws IOException {
        repl.enter();
        String paste = AgentScript.get().paste();
        assertThat(paste.length()).isGreaterThan(8 * 1024);

        repl.exec(paste);

        assertThat(probe(repl)).isEqualTo(AgentScript.get().version());
    }

    @Test
    void separatesOutputFromTheTraceback() throws IOException {
        pasteAgent();
        RunningCode code = repl.start(upload("/flash/cancelled", 5, 5));
        code.write(new byte[] {'x'}); // where the first frame should start: the upload is cancelled

        ExecResult result = code.finish();

        assertThat(result.stdout()).containsExactly(0x01, 5, 0); // the credit it printed first
        assertThat(new String(result.stderr(), StandardCharsets.UTF_8))
                .startsWith("Traceback (most recent call last):")
                .contains("OSError: fd:ECANCELED");
        assertThat(probe(repl)).isEqualTo(AgentScript.get().version());
    }

    @Test
    void raisesDeviceExceptionsAsTypedErrors() throws IOException {
        pasteAgent();

        assertThatThrownBy(() -> repl.exec("_fdagent.st(" + PyLiteral.utf8("/flash/nope") + ")"))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.exceptionType()).isEqualTo("OSError");
                    assertThat(e.detail()).isEqualTo("fd:ENOENT");
                    assertThat(e.traceback()).startsWith("Traceback (most recent call last):");
                });
        assertThatThrownBy(() -> repl.exec("_fdagent.rename(" + PyLiteral.utf8("/flash/nope") + ","
                + PyLiteral.utf8("/flash/other") + ")"))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.exceptionType()).isEqualTo("OSError");
                    assertThat(e.errno()).isPresent(); // straight from the file system
                });
    }

    @Test
    void exchangesEveryByteValueWithRunningCode() throws IOException {
        pasteAgent();
        byte[] sent = new byte[512];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = (byte) (sent.length - 1 - i);
        }

        RunningCode upload = repl.start(upload("/flash/bytes", sent.length, 448));
        assertThat(readBytes(upload, 3)).containsExactly(0x01, 0x00, 0x02); // credit for all 512
        upload.write(committed(sent, Sha256.create().digest(sent)));
        assertThat(upload.finish().failed()).isFalse();

        RunningCode download = repl.start("_fdagent.g(" + PyLiteral.utf8("/flash/bytes") + ")");
        // size, then the one window (512 bytes, as set for the upload) unasked, then the digest
        byte[] back = readBytes(download, 9 + 1 + sent.length + 33);
        assertThat(download.finish().failed()).isFalse();

        assertThat(Arrays.copyOfRange(back, 0, 9)).containsExactly(0x03, 0x00, 0x02, 0, 0, 0, 0, 0, 0);
        assertThat(back[9]).isEqualTo((byte) 0x01);
        assertThat(Arrays.copyOfRange(back, 10, 10 + sent.length)).isEqualTo(sent);
        assertThat(Arrays.copyOfRange(back, 11 + sent.length, back.length)).isEqualTo(Sha256.create().digest(sent));
    }

    @Test
    void refusesAnUploadWhoseCommitCarriesAnotherHash() throws IOException {
        pasteAgent();
        byte[] old = "old".getBytes(StandardCharsets.UTF_8);
        RunningCode first = repl.start(upload("/flash/kept", old.length, 448));
        readBytes(first, 3);
        first.write(committed(old, Sha256.create().digest(old)));
        assertThat(first.finish().failed()).isFalse();

        byte[] fresh = "fresh".getBytes(StandardCharsets.UTF_8);
        RunningCode damaged = repl.start(upload("/flash/kept", fresh.length, 448));
        readBytes(damaged, 3);
        damaged.write(committed(fresh, Sha256.create().digest("fresH".getBytes(StandardCharsets.UTF_8))));
        ExecResult result = damaged.finish();

        assertThat(new String(result.stderr(), StandardCharsets.UTF_8)).contains("OSError: fd:EBADMSG");
        assertThat(text(repl.exec("_fdagent.sha(" + PyLiteral.utf8("/flash/kept") + ")")))
                .isEqualTo(HexFormat.of().formatHex(Sha256.create().digest(old)));
        assertThat(text(repl.exec("_fdagent.ls(" + PyLiteral.utf8("/flash") + ")"))).doesNotContain(
                HexFormat.of().formatHex(".fd".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void timesOutOnADeviceThatStopsAnsweringAndRecovers() throws IOException {
        pasteAgent();
        RawRepl impatient = new RawRepl(link, settings().withExecTimeout(Duration.ofMillis(500)));
        impatient.enter();

        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.exec(upload("/flash/never", 10, 10))) // waits for data that never comes
                .isInstanceOfSatisfying(DeviceTimeoutException.class, e -> {
                    assertThat(e.getMessage()).contains("end of the code's output");
                    assertThat(e.received()).containsExactly(0x01, 10, 0);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(impatient.inRawRepl()).isFalse();

        impatient.enter(); // its first byte ends the read the code was blocked in
        assertThat(probe(impatient)).isEqualTo(AgentScript.get().version());
    }

    @Test
    void softResetLosesStateAndKeepsFiles() throws IOException {
        repl.enter();
        byte[] path = "/flash/kept.txt".getBytes(StandardCharsets.UTF_8);
        byte[] content = "kept".getBytes(StandardCharsets.UTF_8);
        Agent.attach(repl).upload(path, new ByteArrayInputStream(content), content.length, n -> { });

        repl.softReset();

        assertThat(repl.inRawRepl()).isTrue();
        assertThat(probe(repl)).isEqualTo("-");
        assertThat(Agent.attach(repl).sha256(path)).isEqualTo(Sha256.create().digest(content));
    }

    @Test
    void leavesAndReentersTheRawRepl() throws IOException {
        repl.enter();
        repl.exit();
        assertThat(repl.inRawRepl()).isFalse();
        assertThatThrownBy(() -> repl.exec(AgentScript.VERSION_PROBE)).isInstanceOf(IllegalStateException.class);

        repl.enter();
        assertThat(probe(repl)).isEqualTo("-");
    }

    /** Enters the raw REPL and pastes the agent, as a session does. */
    protected void pasteAgent() throws IOException {
        repl.enter();
        repl.exec(AgentScript.get().paste());
    }

    /** The agent's version in the device's RAM, or {@code -}. */
    protected static String probe(RawRepl on) throws IOException {
        return text(on.exec(AgentScript.VERSION_PROBE));
    }

    /** An upload of {@code size} bytes in one window ({@code early} of the next granted early), after setting those windows. */
    private static String upload(String path, int size, int early) {
        return "_fdagent.t(" + size + "," + early + ")\n_fdagent.u(" + PyLiteral.utf8(path) + "," + size + ")";
    }

    /** {@code data} as one frame, then the commit carrying {@code digest}. */
    private static byte[] committed(byte[] data, byte[] digest) {
        byte[] out = new byte[1 + data.length + 1 + digest.length];
        out[0] = 'd';
        System.arraycopy(data, 0, out, 1, data.length);
        out[1 + data.length] = 'c';
        System.arraycopy(digest, 0, out, 2 + data.length, digest.length);
        return out;
    }

    private static byte[] readBytes(RunningCode code, int count) throws IOException {
        byte[] bytes = new byte[count];
        code.readFully(bytes, 0, count);
        return bytes;
    }

    static String text(byte[] output) {
        return new String(output, StandardCharsets.UTF_8).strip();
    }
}
