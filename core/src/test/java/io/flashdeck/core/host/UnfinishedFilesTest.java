package io.flashdeck.core.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FlashDeck stopped while it writes a new host file leaves no part of that file behind. */
class UnfinishedFilesTest {

    @TempDir
    Path folder;

    @Test
    void aStoppedProcessRemovesTheFileItWasWriting() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), folder.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(Files.size(folder.resolve("big.bin"))).isPositive();

            writer.destroy(); // SIGTERM, as Ctrl-C or closing the window ends FlashDeck
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        assertThat(folder.resolve("big.bin")).doesNotExist();
    }

    /** Writes a new file from a stream that never ends, and says so once bytes are on the disk. */
    public static final class SlowWriter {

        public static void main(String[] args) throws IOException {
            Path folder = Path.of(args[0]);
            InputStream endless = new InputStream() {
                private long sent;

                @Override
                public int read() {
                    return 0;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    if (sent > 0 && sent < 2 * length) {
                        System.out.println("writing");
                        System.out.flush();
                    }
                    sent += length;
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return length;
                }
            };
            new HostVolume(folder).write(VolumePath.parse("/big.bin"), endless, Long.MAX_VALUE, WriteOptions.DEFAULT);
        }
    }
}
