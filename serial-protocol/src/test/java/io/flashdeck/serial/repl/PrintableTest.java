package io.flashdeck.serial.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void escapesControlBytes() {
        byte[] data = "OK\u0004\r\n\"x\"\\".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withHigh = java.util.Arrays.copyOf(data, data.length + 1);
        withHigh[data.length] = (byte) 0xFF;

        assertThat(Printable.received(withHigh, withHigh.length))
                .isEqualTo("received 10 bytes: \"OK\\x04\\r\\n\\\"x\\\"\\\\\\xff\"");
    }

    @Test
    void keepsTheEndOfLongOutput() {
        byte[] data = ("start" + "x".repeat(1000) + "the end").getBytes(StandardCharsets.US_ASCII);

        String excerpt = Printable.excerpt(data, data.length);

        assertThat(excerpt).startsWith("…").endsWith("the end").doesNotContain("start");
        assertThat(excerpt.length()).isLessThanOrEqualTo(Printable.EXCERPT_CHARS + 4);
    }

    @Test
    void saysWhenNothingCame() {
        assertThat(Printable.received(new byte[0], 0)).isEqualTo("received nothing");
        assertThat(Printable.received(new byte[] {'>'}, 1)).isEqualTo("received 1 byte: \">\"");
    }
}
