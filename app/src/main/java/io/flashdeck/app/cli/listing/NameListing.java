package io.flashdeck.app.cli.listing;

import java.io.PrintStream;
import java.util.List;

final class NameListing extends TextListing {

    NameListing(PrintStream out) {
        super(out);
    }

    @Override
    void print(List<Row> rows) {
        for (Row row : rows) {
            out.println(row.label());
        }
    }
}
