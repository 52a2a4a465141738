package io.flashdeck.app.cli.listing;

import io.flashdeck.core.volume.FileEntry;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code file   1234  2026-11-24 09:07:00  a.jpg}: the size column is as wide as the group needs. */
final class LongListing extends TextListing {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final String NO_TIME = String.format("%-19s", "-");

    LongListing(PrintStream out) {
        super(out);
    }

    @Override
    void print(List<Row> rows) {
        int sizeWidth = rows.stream().mapToInt(row -> Long.toString(row.entry().size()).length()).max().orElse(1);
        String format = "%-4s  %" + sizeWidth + "d  %s  %s%n";
        for (Row row : rows) {
            FileEntry entry = row.entry();
            out.printf(format, entry.isDirectory() ? "dir" : "file", entry.size(),
                    entry.modified() == null ? NO_TIME : TIME.format(entry.modified()), row.label());
        }
    }
}
