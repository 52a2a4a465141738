package io.flashdeck.serial.emu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.serial.agent.AgentScript;
import io.flashdeck.serial.agent.PyLiteral;
import io.flashdeck.serial.agent.Sha256;
import io.flashdeck.serial.repl.BatchWire;
import io.flashdeck.serial.repl.DeviceTimeoutException;
import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.repl.RunningCode;
import io.flashdeck.serial.testing.TestCamera;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's upload credit against the camera's 512-byte receive buffer: what the camera grants
 * while it reads may be any size, what it grants before it writes a window waits in the buffer
 * and must fit. (The contract tests check the grants themselves against real MicroPython.)
 */
class BatchCreditOnVirtualCameraTest {

    @TempDir
    Path dir;
    private TestCamera camera;
    private RawRepl repl;

    @BeforeEach
    void pasteAgent() throws IOException {
        camera = TestCamera.start(dir);
        repl = RawRepl.open(camera.link(), TestCamera.settings().withExecTimeout(Duration.ofMillis(500)));
        repl.exec(AgentScript.get().paste());
    }

    @AfterEach
    void stopCamera() throws IOException {
        camera.close(); // checks that nothing was dropped, unless a test allows it
    }

    @Test
    void largeWindowsWithEarlyCreditThatFitsTheBufferLoseNothing() throws IOException {
        byte[] content = new byte[20_000];
        new Random(7).nextBytes(content);

        var result = BatchWire.answerGrants(repl.start(BatchWire.upload(4096, 448)),
                new BatchWire.Records().file("/flash/big", content));

        assertThat(result.failed()).isFalse();
        assertThat(repl.exec("_fdagent.sha(" + PyLiteral.utf8("/flash/big") + ")"))
                .asString().isEqualToIgnoringWhitespace(HexFormat.of().formatHex(Sha256.create().digest(content)));
    }

    @Test
    void earlyCreditBeyondTheBufferLosesWhatDoesNotFit() throws IOException {
        camera.allowDrops();
        byte[] records = new BatchWire.Records().file("/flash/big", new byte[3000]).bytes();
        RunningCode code = repl.start(BatchWire.upload(1024, 1024)); // every window granted early, as for Node
        code.readFully(new byte[3], 0, 3);
        code.write(BatchWire.answer(records, 0, 1024)); // the first window: read at once
        code.readFully(new byte[3], 0, 3);
        code.write(BatchWire.answer(records, 1024, 1024)); // the second: arrives while the first is written

        assertThatThrownBy(code::finish).isInstanceOf(DeviceTimeoutException.class); // waits for what was lost
        assertThat(camera.camera().droppedBytes()).isEqualTo(3 + 1 + 1024 - 512);
    }
}
