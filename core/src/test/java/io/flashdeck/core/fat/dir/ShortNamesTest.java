package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.name.NameStyle;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShortNamesTest {

    private static ShortNameBasis camera(String displayName) {
        return ShortNames.basisFor(DisplayNames.toLongName(displayName, NameStyle.CAMERA));
    }

    private static void assertBasis(ShortNameBasis basis, String name, int flags, boolean needsLongName,
            boolean lossy) {
        assertThat(basis.name()).isEqualTo(ShortName.of(name));
        assertThat(basis.ntCaseFlags()).isEqualTo(flags);
        assertThat(basis.needsLongName()).isEqualTo(needsLongName);
        assertThat(basis.lossy()).isEqualTo(lossy);
    }

    @Test
    void lowerCaseEightDotThreeNamesGetCaseFlagsAndNoLongName() {
        assertBasis(camera("main.py"), "MAIN    PY ", 0x18, false, false);
        assertBasis(camera("README.txt"), "README  TXT", 0x10, false, false);
        assertBasis(camera("readme.TXT"), "README  TXT", 0x08, false, false);
        assertBasis(camera("UPPER.TXT"), "UPPER   TXT", 0x00, false, false);
        assertBasis(camera("images"), "IMAGES     ", 0x08, false, false);
        assertBasis(camera("abcdefgh.txt"), "ABCDEFGHTXT", 0x18, false, false);
        assertBasis(camera("A1_~$.X"), "A1_~$   X  ", 0x00, false, false);
    }

    @Test
    void mixedCaseInOnePartNeedsALongName() {
        assertBasis(camera("MiXeD.Py"), "MIXED   PY ", 0, true, false);
        assertBasis(camera("Images"), "IMAGES     ", 0, true, false);
    }

    @Test
    void longNamesAreCutAndLossy() {
        ShortNameBasis basis = camera("A Long File Name.jpeg");
        assertBasis(basis, "ALONGFILJPE", 0, true, true);
        assertThat(ShortNames.numbered(basis, 1, "A Long File Name.jpeg")).isEqualTo(ShortName.of("ALONGF~1JPE"));
        assertBasis(camera("abcdefghi.txt"), "ABCDEFGHTXT", 0, true, true);
        assertBasis(camera("config.json"), "CONFIG  JSO", 0, true, true);
    }

    @Test
    void onlyTheLastDotStartsTheExtension() {
        ShortNameBasis basis = camera("dots.in.name.tar.gz");
        assertBasis(basis, "DOTSINNAGZ ", 0, true, true);
        assertThat(ShortNames.numbered(basis, 1, "dots.in.name.tar.gz")).isEqualTo(ShortName.of("DOTSIN~1GZ "));
        assertBasis(camera("a.b.c"), "AB      C  ", 0, true, true);
    }

    @Test
    void charactersShortNamesLackBecomeUnderscores() {
        ShortNameBasis basis = camera("a+b=c[1];(2),{3}.txt");
        assertBasis(basis, "A_B_C_1_TXT", 0, true, true);
        assertThat(ShortNames.numbered(basis, 1, "a+b=c[1];(2),{3}.txt")).isEqualTo(ShortName.of("A_B_C_~1TXT"));
        assertBasis(ShortNames.basisFor("€uro.txt"), "_URO    TXT", 0, true, true);
    }

    @Test
    void leadingDotsAndSpacesAreLossy() {
        ShortNameBasis hidden = camera(".hidden");
        assertBasis(hidden, "        HID", 0, true, true);
        assertThat(ShortNames.numbered(hidden, 1, ".hidden")).isEqualTo(ShortName.of("~1      HID"));
        assertBasis(camera("  lead.txt"), "LEAD    TXT", 0, true, true);
        assertBasis(camera("with space"), "WITHSPAC   ", 0, true, true);
    }

    @Test
    void trailingDotsAndSpacesAreDroppedAsFatFsDoes() {
        assertBasis(ShortNames.basisFor("trailing."), "TRAILING   ", 0x08, false, false);
        assertBasis(ShortNames.basisFor("x.txt . "), "X       TXT", 0x18, false, false);
        assertThatThrownBy(() -> ShortNames.basisFor(" . ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cameraStyleKeepsTheUtf8BytesUpperCasedByFatFs() {
        // é is C3 A9 in UTF-8: the camera stores "├⌐.txt" and FatFs keeps both bytes in the 8.3 name.
        assertBasis(camera("é.txt"), "├⌐      TXT", 0, true, false);
        // Ü ï ö are C3 9C, C3 AF, C3 B6: none of those bytes has a capital, the 'd' no longer fits.
        assertBasis(camera("Ünïcödé"), "├£N├»C├╢   ", 0, true, true);
    }

    @Test
    void unicodeStyleUsesTheCodePage437CapitalOrAnUnderscore() {
        assertBasis(ShortNames.basisFor("é.txt"), "E       TXT", 0, true, false);
        assertBasis(ShortNames.basisFor("über.txt"), "ÜBER    TXT", 0, true, false);
        assertBasis(ShortNames.basisFor("日本.txt"), "__      TXT", 0, true, true);
        assertBasis(ShortNames.basisFor("😀.png"), "__      PNG", 0, true, true);
    }

    @Test
    void aNameStartingWithE5KeepsItLogically() {
        ShortNameBasis basis = ShortNames.basisFor("σ.txt");
        assertBasis(basis, "σ       TXT", 0, true, false);
        byte[] entry = new byte[32];
        basis.name().write(entry, 0);
        assertThat(entry[0]).isEqualTo((byte) 0x05);
    }

    @Test
    void numberedNamesPutTheTailAfterTheBaseAndCutIt() {
        ShortNameBasis basis = camera("A Long File Name.jpeg");
        assertThat(ShortNames.numbered(basis, 5, "x")).isEqualTo(ShortName.of("ALONGF~5JPE"));
        ShortNameBasis shortBase = camera("ab cd.txt");
        assertThat(ShortNames.numbered(shortBase, 2, "ab cd.txt")).isEqualTo(ShortName.of("ABCD~2  TXT"));
    }

    @Test
    void fromSixOnTheTailIsAHashThatDiffersPerNumber() {
        String longName = "A Long File Name.jpeg";
        ShortNameBasis basis = camera(longName);
        Set<ShortName> seen = new HashSet<>();
        for (int n = 1; n <= 5000; n++) {
            ShortName numbered = ShortNames.numbered(basis, n, longName);
            String text = numbered.toString();
            assertThat(text).matches(n < 6 ? "ALONGF~" + n + "JPE" : "(ALO~[0-9A-F]{4}|ALON~[0-9A-F]{3}|ALONG~[0-9A-F]{2}|ALONGF~[0-9A-F])JPE");
            assertThat(seen.add(numbered)).as("n=%d gives %s twice", n, numbered).isTrue();
        }
    }

    @Test
    void refusesSequenceNumbersOutOfRange() {
        ShortNameBasis basis = camera("with space");
        assertThatThrownBy(() -> ShortNames.numbered(basis, 0, "with space")).hasMessageContaining("1..999999");
        assertThatThrownBy(() -> ShortNames.numbered(basis, 1_000_000, "with space"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
