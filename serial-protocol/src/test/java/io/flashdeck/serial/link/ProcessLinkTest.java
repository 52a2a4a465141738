package io.flashdeck.serial.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProcessLinkTest {

    @Test
    void echoesMebibytesThroughAChildProcess() throws Exception {
        byte[] data = new byte[4 << 20];
        new Random(2).nextBytes(data);
        try (ProcessLink link = ProcessLink.start(List.of("cat"))) {
            Thread writer = new Thread(() -> {
                try {
                    link.write(data, 0, data.length);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();

            assertThat(PipeLinkTest.readAll(link, data.length)).isEqualTo(data);
            writer.join();
        }
    }

    @Test
    void explainsAnExitWithTheProcessesLastErrorOutput() throws IOException {
        try (ProcessLink link = ProcessLink.start(List.of("sh", "-c", "echo starting; echo 'no such module' >&2; exit 3"))) {
            byte[] buffer = new byte[64];
            assertThat(new String(buffer, 0, link.read(buffer, 0, 64, Duration.ofSeconds(5)))).isEqualTo("starting\n");

            assertThatThrownBy(() -> link.read(buffer, 0, 64, Duration.ofSeconds(5)))
                    .isInstanceOf(LinkClosedException.class)
                    .hasMessageContaining("exited with code 3")
                    .hasMessageContaining("no such module");
            assertThatThrownBy(() -> link.write(new byte[] {1})).isInstanceOf(LinkClosedException.class);
        }
    }

    @Test
    void closingEndsTheProcess() throws IOException {
        ProcessLink link = ProcessLink.start(List.of("sleep", "60"));

        link.close();

        assertThat(link.process().isAlive()).isFalse();
        assertThatThrownBy(() -> link.read(new byte[1], 0, 1, Duration.ofSeconds(1))).isInstanceOf(LinkClosedException.class);
    }
}
