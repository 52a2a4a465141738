package io.flashdeck.core.fat.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class Cp437Test {

    private static byte[] allBytes() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    @Test
    void decodesEveryByteAsTheJdkIbm437CharsetDoes() {
        assertThat(Cp437.decode(allBytes())).isEqualTo(new String(allBytes(), Charset.forName("IBM437")));
    }

    @Test
    void decodesControlBytesDelAndTheGlyphsAtBothEndsOfTheHighHalf() {
        String all = Cp437.decode(allBytes());
        assertThat(all.charAt(0x01)).isEqualTo('\u0001');
        assertThat(all.charAt(0x7F)).isEqualTo('\u007F');
        assertThat(all.substring(0x80, 0x83)).isEqualTo("Çüé");
        assertThat(all.substring(0xFE)).isEqualTo("■\u00A0");
    }

    @Test
    void decodesASliceOfAnArray() {
        byte[] b = {'x', (byte) 0x82, 't', 'y'};
        assertThat(Cp437.decode(b, 1, 2)).isEqualTo("ét");
    }

    @Test
    void encodeUndoesDecodeForEveryByte() {
        assertThat(Cp437.encode(Cp437.decode(allBytes()))).isEqualTo(allBytes());
    }

    @Test
    void refusesCharactersOutsideTheCodePageNamingTheFirst() {
        assertThat(Cp437.canEncode("ab€c")).isFalse();
        assertThat(Cp437.canEncode("Ünïcödé ░")).isTrue();
        assertThat(Cp437.encodeChar('€')).isEqualTo(-1);
        assertThatThrownBy(() -> Cp437.encode("ab€c日"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'€' (U+20AC) at index 2");
    }

    @Test
    void upperCasesAsciiLetters() {
        for (int b = 'a'; b <= 'z'; b++) {
            assertThat(Cp437.toUpper(b)).isEqualTo(b - 32);
        }
        for (int b = 0; b < 0x80; b++) {
            if (b < 'a' || b > 'z') {
                assertThat(Cp437.toUpper(b)).isEqualTo(b);
            }
        }
    }

    @Test
    void upperCasesExtendedLettersLikeFatFsIncludingDroppedAccents() {
        assertThat(upper('ü')).isEqualTo('Ü');
        assertThat(upper('ä')).isEqualTo('Ä');
        assertThat(upper('ñ')).isEqualTo('Ñ');
        assertThat(upper('æ')).isEqualTo('Æ');
        assertThat(upper('é')).isEqualTo('E');
        assertThat(upper('â')).isEqualTo('A');
        assertThat(upper('ÿ')).isEqualTo('Y');
        assertThat(upper('ú')).isEqualTo('U');
        assertThat(upper('α')).isEqualTo('α');
        assertThat(upper('σ')).isEqualTo('σ');
        assertThat(upper('Ç')).isEqualTo('Ç');
    }

    @Test
    void everyUpperCasedByteIsItsOwnCapitalAndKeepsItsBaseLetter() {
        for (int b = 0; b < 256; b++) {
            int up = Cp437.toUpper(b);
            assertThat(Cp437.toUpper(up)).as("byte 0x%02X", b).isEqualTo(up);
            if (up != b) {
                String small = Cp437.decode(new byte[] {(byte) b});
                String capital = Cp437.decode(new byte[] {(byte) up});
                assertThat(baseLetter(capital)).as("byte 0x%02X", b).isEqualTo(baseLetter(small.toUpperCase()));
            }
        }
    }

    private static char upper(char c) {
        return Cp437.decode(new byte[] {(byte) Cp437.toUpper(Cp437.encodeChar(c))}).charAt(0);
    }

    private static char baseLetter(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).charAt(0);
    }
}
