package io.flashdeck.serial.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PyLiteralTest {

    @Test
    void escapesEveryByteSoNothingCanEndTheLiteral() {
        assertThat(PyLiteral.bytes(new byte[] {'/', 'a', '\'', '\\', 0, (byte) 0xFF, '\n'}))
                .isEqualTo("b'\\x2f\\x61\\x27\\x5c\\x00\\xff\\x0a'");
        assertThat(PyLiteral.utf8("'); import machine; machine.reset(); ('"))
                .matches("b'(\\\\x[0-9a-f]{2})+'");
        assertThat(PyLiteral.bytes(new byte[0])).isEqualTo("b''");
    }

    @Test
    void writesNumbersAndBooleansAsPython() {
        assertThat(PyLiteral.integer(-5)).isEqualTo("-5");
        assertThat(PyLiteral.bool(true)).isEqualTo("True");
        assertThat(PyLiteral.bool(false)).isEqualTo("False");
    }
}
