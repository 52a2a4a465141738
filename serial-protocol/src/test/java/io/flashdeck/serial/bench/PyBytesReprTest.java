package io.flashdeck.serial.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PyBytesReprTest {

    @Test
    void writesWhatCPythonsReprWrites() {
        byte[] data = "'a\u0000\\\n\t\r~".getBytes(StandardCharsets.ISO_8859_1);
        // repr(b"'a\x00\\\n\t\r~") in CPython: a single quote inside, so double quotes outside
        assertThat(PyBytesRepr.of(data, 0, data.length)).isEqualTo("b\"'a\\x00\\\\\\n\\t\\r~\"");
        byte[] both = {'\'', '"', (byte) 0xFF};
        assertThat(PyBytesRepr.of(both, 0, both.length)).isEqualTo("b'\\'\"\\xff'");
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            byte[] data = new byte[random.nextInt(300)];
            random.nextBytes(data);
            assertThat(PyBytesRepr.parse(PyBytesRepr.of(data, 0, data.length))).isEqualTo(data);
        }
    }

    @Test
    void refusesWhatIsNoBytesLiteral() {
        assertThatThrownBy(() -> PyBytesRepr.parse("Traceback (most recent call last):"))
                .hasMessageContaining("not a bytes literal");
    }
}
