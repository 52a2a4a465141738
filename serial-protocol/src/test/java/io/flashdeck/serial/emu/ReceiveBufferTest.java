package io.flashdeck.serial.emu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The receive buffer's rules, which make the camera's losses deterministic. */
class ReceiveBufferTest {

    private final ReceiveBuffer buffer = new ReceiveBuffer();

    @Test
    void aBusyCameraKeeps512BytesOfABurstAndDropsTheRest() {
        buffer.busy();

        buffer.deliver(burst(2000), 0, 2000);

        assertThat(buffer.dropped()).isEqualTo(2000 - ReceiveBuffer.CAPACITY);
        for (int i = 0; i < ReceiveBuffer.CAPACITY; i++) {
            assertThat(buffer.next(true)).isEqualTo(i & 0xFF);
        }
        assertThat(buffer.next(true)).as("where the bytes went missing").isEqualTo(ReceiveBuffer.GAP);
    }

    @Test
    void readingMakesRoomAgain() {
        buffer.busy();
        buffer.deliver(burst(512), 0, 512);
        byte[] taken = new byte[100];

        assertThat(buffer.read(taken, 0, 100)).isEqualTo(100);
        buffer.deliver(burst(100), 0, 100);

        assertThat(buffer.dropped()).isZero();
    }

    @Test
    void bytesTheCameraExpectsNeverWaitInTheBuffer() {
        buffer.busy();
        buffer.expect(4000);

        buffer.deliver(burst(4000 + ReceiveBuffer.CAPACITY), 0, 4000 + ReceiveBuffer.CAPACITY);
        buffer.deliver(burst(1), 0, 1);

        assertThat(buffer.dropped()).isEqualTo(1);
    }

    @Test
    void aCharacterLoopKeepsUpWithAnything() {
        buffer.keepUp();

        buffer.deliver(burst(100_000), 0, 100_000);

        assertThat(buffer.dropped()).isZero();
    }

    @Test
    void ctrlCInterruptsRunningCodeInsteadOfBeingStored() {
        buffer.busy();
        buffer.setInterruptEnabled(true);

        buffer.deliver(new byte[] {'a', 0x03, 'b'}, 0, 3);

        assertThat(buffer.awaitInterrupt(Duration.ZERO)).isTrue();
        assertThat(buffer.takeInterrupt()).as("cleared once taken").isFalse();
        assertThat(buffer.next(false)).isEqualTo('a');
        assertThat(buffer.next(false)).isEqualTo('b');

        buffer.setInterruptEnabled(false); // micropython.kbd_intr(-1): Ctrl-C is data
        buffer.deliver(new byte[] {0x03}, 0, 1);
        assertThat(buffer.takeInterrupt()).isFalse();
        assertThat(buffer.next(false)).isEqualTo(0x03);
    }

    private static byte[] burst(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
