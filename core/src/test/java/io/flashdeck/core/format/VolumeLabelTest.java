package io.flashdeck.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VolumeLabelTest {

    @ParameterizedTest
    @CsvSource({"openmv, OPENMV", "'Cam 1   ', CAM 1", "été, ÉTÉ", "x-y_z!#$%, X-Y_Z!#$%", "ABCDEFGHIJK, ABCDEFGHIJK"})
    void labelsAreUpperCasedAndTrailingSpacesDropped(String given, String stored) {
        assertThat(VolumeLabel.normalize(given)).isEqualTo(stored);
    }

    @Test
    void blankMeansNoLabel() {
        assertThat(VolumeLabel.normalize(null)).isNull();
        assertThat(VolumeLabel.normalize("   ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", "a+b", "a,b", "a;b", "a=b", "a[b", "a]b", "a/b", "a\\b", "a\"b", "a*b", "a:b", "a<b",
        "a>b", "a?b", "a|b", "a\u007Fb", "a\tb"})
    void charactersFatFsRefusesAreRefused(String label) {
        assertThatThrownBy(() -> VolumeLabel.normalize(label))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a volume label cannot contain");
    }

    @Test
    void tooLongLeadingSpaceAndUnencodableLabelsAreRefused() {
        assertThatThrownBy(() -> VolumeLabel.normalize("ABCDEFGHIJKL"))
                .hasMessageContaining("at most 11 characters; \"ABCDEFGHIJKL\" has 12");
        assertThatThrownBy(() -> VolumeLabel.normalize(" CAM")).hasMessageContaining("cannot start with a space");
        assertThatThrownBy(() -> VolumeLabel.normalize("日本")).hasMessageContaining("'日' cannot be stored");
        // ÿ is in code page 437 but its capital is not, so FatFs (which upper-cases first) refuses it.
        assertThatThrownBy(() -> VolumeLabel.normalize("ÿ")).hasMessageContaining("cannot be stored");
        // σ upper-cases to Σ, code page 437's 0xE4; å's capital Å is 0x8F, not the deleted mark 0xE5.
        assertThat(VolumeLabel.field(VolumeLabel.normalize("σå"))).startsWith(0xE4, 0x8F, ' ');
    }
}
