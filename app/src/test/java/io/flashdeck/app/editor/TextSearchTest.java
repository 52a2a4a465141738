package io.flashdeck.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.editor.TextSearch.Match;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static final String TEXT = "Sensor.reset()\nsensor.skip()\nSENSOR\n";

    @Test
    void findsForwardFromTheCaretAndWrapsAround() {
        TextSearch search = new TextSearch("sensor", false);
        assertThat(search.next(TEXT, 0)).contains(new Match(0, 6));
        assertThat(search.next(TEXT, 1)).contains(new Match(15, 21));
        assertThat(search.next(TEXT, 16)).contains(new Match(29, 35));
        assertThat(search.next(TEXT, 30)).as("wrapped").contains(new Match(0, 6));
    }

    @Test
    void findsBackwardAndWrapsAround() {
        TextSearch search = new TextSearch("sensor", false);
        assertThat(search.previous(TEXT, 29)).contains(new Match(15, 21));
        assertThat(search.previous(TEXT, 5)).as("wrapped").contains(new Match(29, 35));
    }

    @Test
    void matchCaseFindsOnlyTheExactSpelling() {
        TextSearch search = new TextSearch("sensor", true);
        assertThat(search.next(TEXT, 0)).contains(new Match(15, 21));
        assertThat(search.next(TEXT, 16)).as("the only one, again").contains(new Match(15, 21));
        assertThat(new TextSearch("camera", true).next(TEXT, 0)).isEmpty();
        assertThat(new TextSearch("", false).next(TEXT, 0)).isEmpty();
    }

    @Test
    void replacesEveryOccurrenceWithoutRescanningTheReplacement() {
        TextSearch.Replaced replaced = new TextSearch("sensor", false).replaceAll(TEXT, "sensor_sensor");
        assertThat(replaced.count()).isEqualTo(3);
        assertThat(replaced.text()).isEqualTo("sensor_sensor.reset()\nsensor_sensor.skip()\nsensor_sensor\n");
        assertThat(new TextSearch("aa", true).replaceAll("aaa", "b")).isEqualTo(new TextSearch.Replaced("ba", 1));
    }

    @Test
    void tellsWhetherASelectionIsAnOccurrence() {
        TextSearch search = new TextSearch("skip", true);
        assertThat(search.isMatch(TEXT, 22, 26)).isTrue();
        assertThat(search.isMatch(TEXT, 22, 25)).isFalse();
        assertThat(search.isMatch(TEXT, 0, 4)).isFalse();
    }
}
