package io.flashdeck.serial.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PipeLinkTest {

    private static final Duration SHORT = Duration.ofMillis(50);

    @Test
    void carriesBytesBothWaysInOrder() throws Exception {
        PipeLink.Pair pipe = PipeLink.pair("test");
        byte[] data = new byte[3 * QueuedLink.INCOMING_CAPACITY + 17]; // more than the queue holds
        new Random(1).nextBytes(data);

        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < data.length; i += 1000) {
                    pipe.host().write(data, i, Math.min(1000, data.length - i));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        byte[] got = readAll(pipe.device(), data.length);
        writer.join();

        assertThat(got).isEqualTo(data);
        pipe.device().write(new byte[] {7, 8});
        byte[] back = new byte[4];
        assertThat(pipe.host().read(back, 0, 4, SHORT)).isEqualTo(2);
        assertThat(back[1]).isEqualTo((byte) 8);
    }

    @Test
    void aReadWithNothingToReadReturnsZeroAfterItsTimeout() throws IOException {
        PipeLink.Pair pipe = PipeLink.pair("test");
        long start = System.nanoTime();

        assertThat(pipe.host().read(new byte[8], 0, 8, Duration.ofMillis(120))).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aClosedPeerShowsAsLinkClosedAfterWhatItSent() throws IOException {
        PipeLink.Pair pipe = PipeLink.pair("test");
        pipe.device().write(new byte[] {1, 2, 3});
        pipe.device().close();

        assertThat(pipe.host().read(new byte[8], 0, 8, SHORT)).isEqualTo(3);
        assertThatThrownBy(() -> pipe.host().read(new byte[8], 0, 8, SHORT))
                .isInstanceOf(LinkClosedException.class)
                .hasMessageContaining("closed by the other side");
        assertThatThrownBy(() -> pipe.host().write(new byte[1])).isInstanceOf(LinkClosedException.class);
    }

    @Test
    void closingWakesABlockedReader() throws Exception {
        PipeLink.Pair pipe = PipeLink.pair("test");
        Thread closer = new Thread(() -> {
            sleep(100);
            pipe.host().close();
        });
        closer.start();

        assertThatThrownBy(() -> pipe.host().read(new byte[8], 0, 8, Duration.ofSeconds(10)))
                .isInstanceOf(LinkClosedException.class);
        closer.join();
    }

    static byte[] readAll(Link link, int length) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[7000];
        while (out.size() < length) {
            int n = link.read(buffer, 0, buffer.length, Duration.ofSeconds(5));
            assertThat(n).as("bytes arrived within 5 s").isPositive();
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
