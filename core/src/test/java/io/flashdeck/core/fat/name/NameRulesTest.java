package io.flashdeck.core.fat.name;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"main.py", "A Long File Name.jpeg", ".hidden", "a+b=c[1];(2),{3}.txt", "with space",
            " leading space", "日本語.txt", "données_été.csv", "😀.png", "x", "...x", "~1"})
    void acceptsNamesFatStores(String name) {
        assertThatCode(() -> NameRules.validate(name)).doesNotThrowAnyException();
        assertThatCode(() -> NameRules.validate(name, NameStyle.UNICODE)).doesNotThrowAnyException();
    }

    @Test
    void namesTheForbiddenCharacter() {
        assertThatThrownBy(() -> NameRules.validate("a:b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a valid FAT file name \"a:b\": ':' is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "/", ":", "<", ">", "?", "\\", "|"})
    void refusesEveryForbiddenCharacter(String c) {
        assertThatThrownBy(() -> NameRules.validate("x" + c + "y"))
                .hasMessageEndingWith("'" + c + "' is not allowed");
    }

    @Test
    void refusesControlCharactersAndDel() {
        assertThatThrownBy(() -> NameRules.validate("a\tb")).hasMessageEndingWith("control character U+0009 is not allowed");
        assertThatThrownBy(() -> NameRules.validate("a\u0000")).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> NameRules.validate("a\u007Fb")).hasMessageEndingWith("DEL (U+007F) is not allowed");
    }

    @Test
    void refusesEmptyDotNamesAndTrailingSpacesOrDots() {
        assertThatThrownBy(() -> NameRules.validate("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> NameRules.validate(".")).hasMessageContaining("directories themselves");
        assertThatThrownBy(() -> NameRules.validate("..")).hasMessageContaining("directories themselves");
        assertThatThrownBy(() -> NameRules.validate("trailing.")).hasMessageEndingWith("may not end in a dot");
        assertThatThrownBy(() -> NameRules.validate("trailing ")).hasMessageEndingWith("may not end in a space");
    }

    @Test
    void refusesUnpairedSurrogates() {
        assertThatThrownBy(() -> NameRules.validate("a\uD83Db")).hasMessageContaining("unpaired surrogate U+D83D");
        assertThatThrownBy(() -> NameRules.validate("\uDE00")).hasMessageContaining("unpaired surrogate U+DE00");
    }

    @Test
    void limitsTheStoredLengthTo255Units() {
        assertThatCode(() -> NameRules.validate("a".repeat(255))).doesNotThrowAnyException();
        assertThatThrownBy(() -> NameRules.validate("a".repeat(256))).hasMessageContaining("256 characters long");
    }

    @Test
    void countsTheCameraStyleLengthInUtf8Bytes() {
        String name = "é".repeat(128);
        assertThatThrownBy(() -> NameRules.validate(name)).hasMessageContaining("256 characters long as stored");
        assertThatCode(() -> NameRules.validate(name, NameStyle.UNICODE)).doesNotThrowAnyException();
        assertThatCode(() -> NameRules.validate("é".repeat(127) + "x")).doesNotThrowAnyException();
    }
}
