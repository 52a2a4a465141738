package io.flashdeck.app.cli.listing;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** Prints what {@code ls} found, in one of its formats. */
public interface ListingPrinter {

    /**
     * Prints the entries of one directory, or the file operands.
     *
     * @param heading what the group lists, or null when it goes without a heading
     */
    void group(String heading, List<Row> rows) throws IOException;

    /** Names only, one per line. */
    static ListingPrinter names(PrintStream out) {
        return new NameListing(out);
    }

    /** Type, size, modified time and name in aligned columns. */
    static ListingPrinter columns(PrintStream out) {
        return new LongListing(out);
    }

    /** One JSON object per line, for scripts. */
    static ListingPrinter json(PrintStream out) {
        return new JsonListing(out);
    }
}
