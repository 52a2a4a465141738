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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
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
        RunningCode code = repl.start(BatchWire.upload(5, 5));
        code.write(new byte[] {'x'}); // the host gives up before the end record: the upload is cancelled

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

        ExecResult upload = BatchWire.answerGrants(repl.start(BatchWire.upload(sent.length, 448)),
                new BatchWire.Records().file("/flash/bytes", sent));
        assertThat(upload.failed()).isFalse();
        // the first window whole (nothing to write before it); then early credit for the next one (448)
        // before the first is written and the rest (64) after; the data runs on into the second
        // window, the last answer, after which nothing more is granted
        assertThat(upload.stdout()).containsExactly(
                0x01, 0x00, 0x02,
                0x01, 0xC0, 0x01, 0x01, 0x40, 0x00,
                0x06);

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
        repl.exec("_fdagent.mk(" + PyLiteral.utf8("/flash/kept") + ")");
        byte[] old = "old".getBytes(StandardCharsets.UTF_8);
        assertThat(uploadBatch(new BatchWire.Records().file("/flash/kept/file", old)).failed()).isFalse();

        byte[] fresh = "fresh".getBytes(StandardCharsets.UTF_8);
        ExecResult result = uploadBatch(new BatchWire.Records()
                .file("/flash/kept/file", fresh, Sha256.create().digest("fresH".getBytes(StandardCharsets.UTF_8))));

        assertThat(new String(result.stderr(), StandardCharsets.UTF_8)).contains("OSError: fd:EBADMSG");
        assertThat(result.stdout()).containsExactly(0x01, 0x00, 0x04); // one window, the last; no 0x06
        assertThat(sha("/flash/kept/file")).isEqualTo(Sha256.create().digest(old));
        assertThat(onlyEntryOfDirectory("/flash/kept", "/flash/kept/file")).isTrue();
    }

    @Test
    void placesEveryFileOfABatchAndSaysSoForEach() throws IOException {
        pasteAgent();
        byte[] one = seededBytes(1500, 1);
        byte[] two = "two".getBytes(StandardCharsets.UTF_8);

        ExecResult result = uploadBatch(new BatchWire.Records().file("/flash/one", one).file("/flash/two", two));

        assertThat(result.failed()).isFalse();
        // the first window ends inside the first file's data; the second, the last, holds the rest and both commits
        assertThat(result.stdout()).containsExactly(
                0x01, 0x00, 0x04,
                0x01, 0xC0, 0x01, 0x01, 0x40, 0x02,
                0x06, 0x06);
        assertThat(sha("/flash/one")).isEqualTo(Sha256.create().digest(one));
        assertThat(sha("/flash/two")).isEqualTo(Sha256.create().digest(two));
    }

    @Test
    void endsABatchAtAFileWhoseDirectoryIsMissing() throws IOException {
        pasteAgent();
        repl.exec("_fdagent.mk(" + PyLiteral.utf8("/flash/dir") + ")");
        byte[] one = "one".getBytes(StandardCharsets.UTF_8);

        ExecResult result = uploadBatch(new BatchWire.Records()
                .file("/flash/dir/one", one).file("/flash/dir/missing/two", one).file("/flash/dir/three", one));

        assertThat(new String(result.stderr(), StandardCharsets.UTF_8)).contains("OSError: fd:ENOENT");
        // all three files in one window, the last; one 0x06 for the file placed
        assertThat(result.stdout()).containsExactly(0x01, 0x00, 0x04, 0x06);
        assertThat(sha("/flash/dir/one")).isEqualTo(Sha256.create().digest(one));
        assertThat(onlyEntryOfDirectory("/flash/dir", "/flash/dir/one")).isTrue();
        assertThat(probe(repl)).isEqualTo(AgentScript.get().version());
    }

    @Test
    void refusesAnUnknownRecord() throws IOException {
        pasteAgent();

        ExecResult result = uploadBatch(new BatchWire.Records().unknown('z'));

        assertThat(new String(result.stderr(), StandardCharsets.UTF_8)).contains("OSError: fd:EPROTO");
        assertThat(probe(repl)).isEqualTo(AgentScript.get().version());
    }

    @Test
    void sendsSeveralFilesInOneDownload() throws IOException {
        pasteAgent();
        byte[] one = seededBytes(1500, 2);
        byte[] two = "two".getBytes(StandardCharsets.UTF_8);
        assertThat(uploadBatch(new BatchWire.Records().file("/flash/one", one).file("/flash/two", two)).failed())
                .isFalse();

        RunningCode download = startDownloads("/flash/one", "/flash/two");
        byte[] first = readBytes(download, 9 + 1 + 1024);
        download.write(new byte[] {'g'}); // the first window came unasked; the second is asked for
        byte[] firstRest = readBytes(download, 1 + 476 + 33);
        byte[] second = readBytes(download, 9 + 1 + two.length + 33);
        assertThat(download.finish().failed()).isFalse();

        assertThat(Arrays.copyOfRange(first, 0, 10)).containsExactly(0x03, 0xDC, 0x05, 0, 0, 0, 0, 0, 0, 0x01);
        assertThat(Arrays.copyOfRange(first, 10, first.length)).isEqualTo(Arrays.copyOfRange(one, 0, 1024));
        assertThat(firstRest[0]).isEqualTo((byte) 0x01);
        assertThat(Arrays.copyOfRange(firstRest, 1, 477)).isEqualTo(Arrays.copyOfRange(one, 1024, 1500));
        assertThat(firstRest[477]).isEqualTo((byte) 0x02);
        assertThat(Arrays.copyOfRange(firstRest, 478, firstRest.length)).isEqualTo(Sha256.create().digest(one));
        assertThat(second).isEqualTo(download(two));
    }

    @Test
    void endsADownloadBatchQuietlyWhereTheHostStopsAFile() throws IOException {
        pasteAgent();
        byte[] one = seededBytes(1500, 3);
        assertThat(uploadBatch(new BatchWire.Records().file("/flash/one", one).file("/flash/two", one)).failed())
                .isFalse();

        RunningCode download = startDownloads("/flash/one", "/flash/two");
        readBytes(download, 9 + 1 + 1024);
        download.write(new byte[] {'s'}); // anything but 'g' stops the file
        byte[] end = readBytes(download, 33);
        ExecResult rest = download.finish();

        assertThat(end[0]).isEqualTo((byte) 0x02);
        assertThat(Arrays.copyOfRange(end, 1, 33)).isEqualTo(Sha256.create().digest(Arrays.copyOf(one, 1024)));
        assertThat(rest.failed()).as(new String(rest.stderr(), StandardCharsets.UTF_8)).isFalse();
        assertThat(rest.stdout()).as("nothing of the second file").isEmpty();
        assertThat(probe(repl)).isEqualTo(AgentScript.get().version());
    }

    @Test
    void endsADownloadBatchAtAMissingFile() throws IOException {
        pasteAgent();
        byte[] two = "two".getBytes(StandardCharsets.UTF_8);
        assertThat(uploadBatch(new BatchWire.Records().file("/flash/two", two)).failed()).isFalse();

        RunningCode download = startDownloads("/flash/two", "/flash/missing");
        byte[] first = readBytes(download, 9 + 1 + two.length + 33);
        ExecResult result = download.finish();

        assertThat(first).isEqualTo(download(two));
        assertThat(result.stdout()).isEmpty();
        assertThat(new String(result.stderr(), StandardCharsets.UTF_8)).contains("OSError: fd:ENOENT");
        assertThat(probe(repl)).isEqualTo(AgentScript.get().version());
    }

    @Test
    void timesOutOnADeviceThatStopsAnsweringAndRecovers() throws IOException {
        pasteAgent();
        RawRepl impatient = new RawRepl(link, settings().withExecTimeout(Duration.ofMillis(500)));
        impatient.enter();

        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.exec(BatchWire.upload(10, 10))) // waits for an answer that never comes
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

    /** Uploads the files of {@code records} in one {@code U} call: 1 KiB windows, 448 bytes of each granted early. */
    private ExecResult uploadBatch(BatchWire.Records records) throws IOException {
        return BatchWire.answerGrants(repl.start(BatchWire.upload(1024, 448)), records);
    }

    /** Starts {@code G} for {@code paths} with 1 KiB windows and answers its one grant with the list. */
    private RunningCode startDownloads(String... paths) throws IOException {
        RunningCode code = repl.start("_fdagent.t(1024,448)\n_fdagent.G()");
        assertThat(readBytes(code, 3)).containsExactly(0x01, 0x00, 0x04);
        byte[] list = BatchWire.pathList(paths);
        code.write(BatchWire.answer(list, 0, list.length));
        return code;
    }

    /** What {@code g} sends for a file that fits one window: its size, the window, the digest. */
    private static byte[] download(byte[] content) {
        ByteBuffer out = ByteBuffer.allocate(9 + 1 + content.length + 33).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 0x03).putLong(content.length).put((byte) 0x01).put(content);
        return out.put((byte) 0x02).put(Sha256.create().digest(content)).array();
    }

    private byte[] sha(String path) throws IOException {
        return HexFormat.of().parseHex(text(repl.exec("_fdagent.sha(" + PyLiteral.utf8(path) + ")")));
    }

    /**
     * Whether {@code file} is all {@code directory} holds: it removes both, and a directory that
     * still holds anything (a temporary file) refuses. A listing would not tell: it tidies first.
     */
    private boolean onlyEntryOfDirectory(String directory, String file) throws IOException {
        repl.exec("_fdagent.rm(" + PyLiteral.utf8(file) + ",False)");
        try {
            repl.exec("_fdagent.rm(" + PyLiteral.utf8(directory) + ",False)");
            return true;
        } catch (DeviceException e) {
            return false;
        }
    }

    private static byte[] seededBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
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
