package io.flashdeck.core.fat.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void showsValidUtf8BytesAsUtf8() {
        assertThat(DisplayNames.fromBytes("données_été.csv".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("données_été.csv");
        assertThat(DisplayNames.fromBytes("日本語.txt".getBytes(StandardCharsets.UTF_8))).isEqualTo("日本語.txt");
        assertThat(DisplayNames.fromBytes("MAIN.PY".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MAIN.PY");
    }

    @Test
    void showsOtherBytesAsCodePage437() {
        // 0x82 alone is no UTF-8; a PC's CP437 short name for "é.txt".
        assertThat(DisplayNames.fromBytes(new byte[] {(byte) 0x82, '.', 't', 'x', 't'})).isEqualTo("é.txt");
        // An overlong UTF-8 form of '/' must not be decoded.
        assertThat(DisplayNames.fromBytes(new byte[] {(byte) 0xC0, (byte) 0xAF})).isEqualTo("└»");
        // A UTF-8-encoded surrogate is no valid UTF-8 either.
        assertThat(DisplayNames.fromBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isEqualTo("φáÇ");
    }

    @Test
    void showsACameraWrittenLongNameDecoded() {
        // What the camera stores for "é.txt" written by a script: bytes C3 A9 as CP437 characters.
        assertThat(DisplayNames.fromLongName("├⌐.txt")).isEqualTo("é.txt");
        assertThat(DisplayNames.fromLongName("µùÑµ£¼Φ¬₧.txt")).isEqualTo("日本語.txt");
    }

    @Test
    void leavesOtherLongNamesAlone() {
        assertThat(DisplayNames.fromLongName("A Long File Name.jpeg")).isEqualTo("A Long File Name.jpeg");
        assertThat(DisplayNames.fromLongName("日本語.txt")).isEqualTo("日本語.txt");
        // CP437-encodable but byte 0x82 is no UTF-8: a PC's plain Unicode name.
        assertThat(DisplayNames.fromLongName("é.txt")).isEqualTo("é.txt");
        assertThat(DisplayNames.fromLongName("ü€")).isEqualTo("ü€");
    }

    @Test
    void storesCameraStyleAsUtf8BytesInCodePage437AndUnicodeStyleAsIs() {
        assertThat(DisplayNames.toLongName("é.txt", NameStyle.CAMERA)).isEqualTo("├⌐.txt");
        assertThat(DisplayNames.toLongName("main.py", NameStyle.CAMERA)).isEqualTo("main.py");
        assertThat(DisplayNames.toLongName("é.txt", NameStyle.UNICODE)).isEqualTo("é.txt");
    }

    @Test
    void cameraStyleRoundTripsForSeededRandomValidNames() {
        Random random = new Random(42);
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x17F}, {0x370, 0x3FF}, {0x2500, 0x25FF}, {0x3040, 0x30FF},
                {0x4E00, 0x9FFF}, {0xE000, 0xF8FF}, {0x1F300, 0x1F64F}, {0x10000, 0x10FFFF}};
        int checked = 0;
        for (int i = 0; i < 5000; i++) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int j = 0; j < length; j++) {
                int[] range = ranges[random.nextInt(ranges.length)];
                name.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            String x = name.toString();
            if (isValid(x)) {
                checked++;
                assertThat(DisplayNames.fromLongName(DisplayNames.toLongName(x, NameStyle.CAMERA))).isEqualTo(x);
            }
        }
        assertThat(checked).isGreaterThan(3000);
    }

    private static boolean isValid(String name) {
        try {
            NameRules.validate(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void onlyPrintableAsciiIsPortable() {
        assertThat(DisplayNames.isPortable("A Long File Name.jpeg")).isTrue();
        assertThat(DisplayNames.isPortable("a+b=c[1];(2),{3}.txt")).isTrue();
        assertThat(DisplayNames.isPortable("é.txt")).isFalse();
        assertThat(DisplayNames.isPortable("tab\there")).isFalse();
        assertThat(DisplayNames.isPortable("del\u007F")).isFalse();
    }

    @Test
    void matchesNamesIgnoringCase() {
        assertThat(DisplayNames.equalsIgnoreCase("MAIN.PY", "main.py")).isTrue();
        assertThat(DisplayNames.equalsIgnoreCase("Ünïcödé", "ÜNÏCÖDÉ")).isTrue();
        assertThat(DisplayNames.equalsIgnoreCase("σ.txt", "Σ.TXT")).isTrue();
        assertThat(DisplayNames.equalsIgnoreCase("main.py", "main.pyc")).isFalse();
        assertThat(DisplayNames.equalsIgnoreCase("straße", "STRASSE")).isFalse();
        assertThat(DisplayNames.equalsIgnoreCase("a", "b")).isFalse();
    }
}
