package io.flashdeck.serial.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.EntryType;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent's calls against real MicroPython (the WebAssembly build under Node). */
class AgentOnMicroPythonTest {

    private Link link;
    private RawRepl repl;
    private Agent agent;

    @BeforeEach
    void connect() throws IOException {
        link = MicroPythonPeer.start();
        repl = RawRepl.open(link, MicroPythonPeer.settings());
        agent = Agent.attach(repl);
    }

    @AfterEach
    void close() throws IOException {
        link.close();
    }

    @Test
    void describesTheDeviceAndItsMounts() throws IOException {
        assertThat(agent.pasted()).isTrue();
        assertThat(agent.info().implementation()).isEqualTo("micropython");
        assertThat(agent.info().version()).isEqualTo("1.27.0");
        assertThat(agent.info().isWebAssembly()).isTrue();
        List<MountInfo> mounts = agent.mounts();
        assertThat(mounts).extracting(MountInfo::path).contains("/flash", "/sdcard");
        assertThat(mounts.get(0).type()).isEqualTo("VfsPosix");
        assertThat(mounts.get(0).totalBytes()).isPositive();
    }

    @Test
    void isPastedOncePerDevice() throws IOException {
        Agent again = Agent.attach(RawRepl.open(link, MicroPythonPeer.settings()));
        assertThat(again.pasted()).isFalse();
    }

    @Test
    void listsStatsAndMovesFiles() throws IOException {
        agent.mkdir(b("/flash/d"));
        agent.upload(b("/flash/d/a.txt"), new ByteArrayInputStream(b("hello")), 5, n -> { });
        List<RawEntry> entries = agent.list(b("/flash/d"));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).name()).isEqualTo(b("a.txt"));
        assertThat(entries.get(0).size()).isEqualTo(5);
        assertThat(agent.stat(b("/flash/d")).type()).isEqualTo(EntryType.DIRECTORY);
        assertThatThrownBy(() -> agent.stat(b("/flash/nope"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("/flash/nope");
        assertThatThrownBy(() -> agent.mkdir(b("/flash/d"))).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> agent.remove(b("/flash/d"), false)).isInstanceOf(DirectoryNotEmptyException.class);
        agent.rename(b("/flash/d/a.txt"), b("/flash/b.txt"));
        assertThat(download(b("/flash/b.txt"))).isEqualTo(b("hello"));
        agent.remove(b("/flash/d"), false);
    }

    @Test
    void movesLargeFilesBothWays() throws IOException {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(data);
        agent.upload(b("/flash/big.bin"), new ByteArrayInputStream(data), data.length, n -> { });

        assertThat(download(b("/flash/big.bin"))).isEqualTo(data);
        assertThat(agent.sha256(b("/flash/big.bin"))).isEqualTo(Sha256.create().digest(data));
    }

    @Test
    void bytesLiteralsCarryEveryByteValue() throws IOException {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        String hex = new String(repl.exec("import binascii\nprint(binascii.hexlify(" + PyLiteral.bytes(all) + ").decode())"),
                StandardCharsets.US_ASCII).strip();

        assertThat(hex).isEqualTo(java.util.HexFormat.of().formatHex(all));
    }

    private byte[] download(byte[] path) throws IOException {
        Download d = agent.download(path, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] w = d.next(); w != null; w = d.next()) {
            out.writeBytes(w);
        }
        return out.toByteArray();
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
