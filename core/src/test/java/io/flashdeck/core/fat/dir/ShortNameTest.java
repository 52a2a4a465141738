package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShortNameTest {

    @Test
    void readsAndWritesTheElevenBytesAtAnOffset() {
        byte[] entry = new byte[40];
        ShortName.of("MAIN    PY ").write(entry, 5);
        assertThat(new String(entry, 5, 11, StandardCharsets.US_ASCII)).isEqualTo("MAIN    PY ");
        assertThat(entry[4]).isZero();
        assertThat(entry[16]).isZero();
        assertThat(ShortName.read(entry, 5)).isEqualTo(ShortName.of("MAIN    PY "));
    }

    @Test
    void escapesALeadingE5AsO5OnDiskOnly() {
        ShortName sigma = ShortName.of("σABC    TXT");
        assertThat(sigma.bytes()[0] & 0xFF).isEqualTo(0xE5);
        byte[] entry = new byte[32];
        sigma.write(entry, 0);
        assertThat(entry[0]).isEqualTo((byte) 0x05);
        ShortName back = ShortName.read(entry, 0);
        assertThat(back).isEqualTo(sigma);
        assertThat(back.bytes()[0] & 0xFF).isEqualTo(0xE5);
        assertThat(back.toDisplayName(0)).isEqualTo("σABC.TXT");
    }

    @Test
    void leavesE5ElsewhereInTheNameAlone() {
        byte[] entry = new byte[32];
        ShortName.of("AσB        ").write(entry, 0);
        assertThat(entry[1] & 0xFF).isEqualTo(0xE5);
    }

    @Test
    void bytesAreACopy() {
        ShortName name = ShortName.of("MAIN    PY ");
        name.bytes()[0] = 'X';
        assertThat(name.toString()).isEqualTo("MAIN    PY ");
        byte[] source = "ABC        ".getBytes(StandardCharsets.US_ASCII);
        ShortName copy = ShortName.ofBytes(source);
        source[0] = 'Z';
        assertThat(copy.toString()).isEqualTo("ABC        ");
    }

    @Test
    void checksumsMatchTheOnesFatFsWroteInTheFixtureImages() {
        // Checksums the camera's FatFs stored in the long-name slots of openmv_h7_flash.img.
        assertThat(ShortName.of("ALONGF~1JPE").checksum()).isEqualTo(0x6D);
        assertThat(ShortName.of("~1      HID").checksum()).isEqualTo(0xFA);
        assertThat(ShortName.of("WITHSP~1   ").checksum()).isEqualTo(0x61);
        assertThat(ShortName.of("NNNNNN~1   ").checksum()).isEqualTo(0x7E);
    }

    @Test
    void checksumIsTakenOverTheEscapedFirstByte() {
        byte[] escaped = ShortName.of("σABC    TXT").bytes();
        escaped[0] = 0x05;
        ShortName withFive = ShortName.ofBytes(escaped);
        assertThat(ShortName.of("σABC    TXT").checksum()).isEqualTo(withFive.checksum());
    }

    @Test
    void showsNamesWithCaseFlags() {
        ShortName main = ShortName.of("MAIN    PY ");
        assertThat(main.toDisplayName(0)).isEqualTo("MAIN.PY");
        assertThat(main.toDisplayName(ShortName.LOWER_BASE | ShortName.LOWER_EXTENSION)).isEqualTo("main.py");
        assertThat(main.toDisplayName(ShortName.LOWER_BASE)).isEqualTo("main.PY");
        assertThat(main.toDisplayName(ShortName.LOWER_EXTENSION)).isEqualTo("MAIN.py");
        assertThat(ShortName.of("README  TXT").toDisplayName(0x10)).isEqualTo("README.txt");
    }

    @Test
    void showsNoDotWithoutExtensionAndKeepsInnerSpaces() {
        assertThat(ShortName.of("IMAGES     ").toDisplayName(0x08)).isEqualTo("images");
        assertThat(ShortName.of("MY FILE TXT").toDisplayName(0)).isEqualTo("MY FILE.TXT");
        assertThat(ShortName.of("A       B  ").toDisplayName(0x18)).isEqualTo("a.b");
    }

    @Test
    void lowerCasesOnlyAsciiLetters() {
        assertThat(ShortName.of("ÜBER_1  TXT").toDisplayName(0x18)).isEqualTo("Über_1.txt");
    }

    @Test
    void showsUtf8BytesAsUtf8AndOthersAsCodePage437() {
        // "données_été.csv" as the camera's FatFs named it: the UTF-8 bytes C3 A9 survive.
        assertThat(ShortName.of("DONN├⌐~1CSV").toDisplayName(0)).isEqualTo("DONNé~1.CSV");
        assertThat(ShortName.of("éTE     TXT").toDisplayName(0)).isEqualTo("éTE.TXT");
    }

    @Test
    void knowsTheDotEntries() {
        assertThat(ShortName.DOT.toString()).isEqualTo(".          ");
        assertThat(ShortName.DOTDOT.toString()).isEqualTo("..         ");
        assertThat(ShortName.DOT.isDot()).isTrue();
        assertThat(ShortName.DOT.isDotDot()).isFalse();
        assertThat(ShortName.DOTDOT.isDotDot()).isTrue();
        assertThat(ShortName.of(".HIDDEN    ").isDot()).isFalse();
        assertThat(ShortName.DOT.toDisplayName(0)).isEqualTo(".");
        assertThat(ShortName.DOTDOT.toDisplayName(0)).isEqualTo("..");
    }

    @Test
    void equalityFollowsTheBytes() {
        assertThat(ShortName.of("MAIN    PY ")).isEqualTo(ShortName.of("MAIN    PY "))
                .hasSameHashCodeAs(ShortName.of("MAIN    PY "))
                .isNotEqualTo(ShortName.of("MAIN    PYC"));
    }

    @Test
    void refusesWrongLengthsAndCharacters() {
        assertThatThrownBy(() -> ShortName.of("MAIN.PY")).hasMessageContaining("11 characters, not 7");
        assertThatThrownBy(() -> ShortName.of("€          ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShortName.ofBytes(new byte[12])).hasMessageContaining("11 bytes, not 12");
    }
}
