package io.flashdeck.app.cli.listing;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ListingPrinterTest {

    static final FileEntry UNKNOWN_TIME = new FileEntry(VolumePath.parse("/d/a"), EntryType.FILE, 5, null);
    static final FileEntry BIG = new FileEntry(VolumePath.parse("/d/big.bin"), EntryType.FILE, 123456789L,
            LocalDateTime.of(2026, 11, 24, 9, 7, 0, 999_000_000));

    private static String print(Function<PrintStream, ListingPrinter> format, String heading, List<Row> rows)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ListingPrinter printer = format.apply(out);
        printer.group(heading, rows);
        printer.group(heading, List.of());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonWritesNullForAnUnknownTimeAndCutsToSeconds() throws IOException {
        assertThat(print(ListingPrinter::json, "ignored", List.of(Row.named(UNKNOWN_TIME), Row.named(BIG))))
                .isEqualTo("{\"path\":\"/d/a\",\"name\":\"a\",\"type\":\"file\",\"size\":5,\"modified\":null}\n"
                        + "{\"path\":\"/d/big.bin\",\"name\":\"big.bin\",\"type\":\"file\",\"size\":123456789,"
                        + "\"modified\":\"2026-11-24T09:07:00\"}\n");
    }

    @Test
    void columnsShowADashForAnUnknownTime() throws IOException {
        assertThat(print(ListingPrinter::columns, null, List.of(Row.named(UNKNOWN_TIME), Row.named(BIG))))
                .isEqualTo("file          5  -                    a\n"
                        + "file  123456789  2026-11-24 09:07:00  big.bin\n");
    }

    @Test
    void headingsAreSeparatedByBlankLines() throws IOException {
        assertThat(print(ListingPrinter::names, "d", List.of(new Row(UNKNOWN_TIME, "label"))))
                .isEqualTo("d:\nlabel\n\nd:\n");
    }
}
