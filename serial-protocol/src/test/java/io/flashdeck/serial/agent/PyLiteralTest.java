package io.flashdeck.serial.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PyLiteralTest {

    @Test
    void keepsPrintableAsciiAndEscapesEverythingThatCouldEndTheLiteral() {
        assertThat(PyLiteral.bytes(new byte[] {'/', 'a', '\'', '\\', 0, (byte) 0xFF, '\n', '~', ' ', 0x7F}))
                .isEqualTo("b'/a\\x27\\x5c\\x00\\xff\\x0a~ \\x7f'");
        assertThat(PyLiteral.utf8("'); import machine; machine.reset(); ('"))
                .isEqualTo("b'\\x27); import machine; machine.reset(); (\\x27'");
        assertThat(PyLiteral.utf8("/flash/f0001.bin")).isEqualTo("b'/flash/f0001.bin'");
        assertThat(PyLiteral.bytes(new byte[0])).isEqualTo("b''");
    }

    @Test
    void neverLetsAQuoteOrABackslashThroughUnescaped() {
        for (int b = 0; b < 256; b++) {
            String inner = PyLiteral.bytes(new byte[] {(byte) b});
            inner = inner.substring(2, inner.length() - 1);
            assertThat(inner).as("byte %d", b).matches(b >= 0x20 && b < 0x7F && b != '\'' && b != '\\'
                    ? "[ -~]" : "\\\\x[0-9a-f]{2}");
        }
    }

    @Test
    void writesNumbersAndBooleansAsPython() {
        assertThat(PyLiteral.integer(-5)).isEqualTo("-5");
        assertThat(PyLiteral.bool(true)).isEqualTo("True");
        assertThat(PyLiteral.bool(false)).isEqualTo("False");
    }
}
