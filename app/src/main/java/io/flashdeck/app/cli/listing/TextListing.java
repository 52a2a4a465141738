package io.flashdeck.app.cli.listing;

import java.io.PrintStream;
import java.util.List;

/** The text formats: groups with a heading line, separated by a blank line, as {@code ls} prints them. */
abstract class TextListing implements ListingPrinter {

    protected final PrintStream out;
    private boolean first = true;

    TextListing(PrintStream out) {
        this.out = out;
    }

    @Override
    public final void group(String heading, List<Row> rows) {
        if (heading != null) {
            if (!first) {
                out.println();
            }
            out.println(heading + ":");
        }
        first = false;
        print(rows);
    }

    abstract void print(List<Row> rows);
}
