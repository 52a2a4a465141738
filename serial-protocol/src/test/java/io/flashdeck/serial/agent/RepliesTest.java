package io.flashdeck.serial.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.EntryType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepliesTest {

    @Test
    void readsListingsWithCookedOrRawLineEnds() throws IOException {
        List<RawEntry> entries = Replies.entries("d 0 20240102030405 6c6962\r\nf 12 - ff82\n");

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).name()).isEqualTo("lib".getBytes(StandardCharsets.US_ASCII));
        assertThat(entries.get(0).type()).isEqualTo(EntryType.DIRECTORY);
        assertThat(entries.get(0).modified()).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        assertThat(entries.get(1).name()).isEqualTo(new byte[] {(byte) 0xFF, (byte) 0x82});
        assertThat(entries.get(1).size()).isEqualTo(12);
        assertThat(entries.get(1).modified()).isNull();
    }

    @Test
    void treatsImpossibleDatesAsUnknown() throws IOException {
        assertThat(Replies.entries("f 1 20001399999999 61").get(0).modified()).isNull();
    }

    @Test
    void rejectsMalformedRepliesWithACheckedError() {
        for (String bad : List.of("x 1 - 61", "f -1 - 61", "f 1 - 6", "f 1 -", "f 99999999999999999999 - 61")) {
            assertThatThrownBy(() -> Replies.entries(bad)).as(bad).isInstanceOf(IOException.class)
                    .hasMessageContaining("unexpected");
        }
        assertThatThrownBy(() -> Replies.mounts("2f flash")).isInstanceOf(IOException.class);
    }
}
