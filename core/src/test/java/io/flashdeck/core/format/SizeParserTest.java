package io.flashdeck.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizeParserTest {

    @ParameterizedTest
    @CsvSource({"65536, 65536", "512B, 512", "128K, 131072", "4111K, 4209664", "64M, 67108864", "64m, 67108864",
        "64MiB, 67108864", "64mb, 67108864", "3G, 3221225472", "2T, 2199023255552", "' 1k ', 1024",
        "9223372036854775807, 9223372036854775807", "8388607T, 9223370937343148032"})
    void sizesAreBinary(String text, long bytes) {
        assertThat(SizeParser.parse(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "M", "abc", "-1", "-64M", "1.5G", "64X", "64 M B", "0x40", "64iB", "8191P"})
    void garbageIsRefused(String text) {
        assertThatThrownBy(() -> SizeParser.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(\".*\" is not a size: .*|no size given)");
    }

    @ParameterizedTest
    @CsvSource({"0, greater than zero", "0K, greater than zero", "8388608T, too large",
        "9223372036854775808, too large", "99999999999999999999999G, too large"})
    void zeroAndOverflowAreRefused(String text, String message) {
        assertThatThrownBy(() -> SizeParser.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
