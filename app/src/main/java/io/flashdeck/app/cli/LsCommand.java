package io.flashdeck.app.cli;

import io.flashdeck.app.cli.listing.ListingPrinter;
import io.flashdeck.app.cli.listing.Row;
import io.flashdeck.app.cli.location.Location;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.TreeWalker;
import io.flashdeck.core.volume.FileEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Lists directories (sorted by name) and files; file operands first, then each directory, as {@code ls} does. */
final class LsCommand extends VolumeCommand {

    static final String NAME = "ls";

    private final Declared<Boolean> columns;
    private final Declared<Boolean> recursive;
    private final Declared<Boolean> json;
    private final Declared<List<String>> operands;

    LsCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, NAME, "List directories and files.");
        columns = declaration.flag("Show type, size and modified time.", "-l");
        recursive = declaration.flag("List whole subtrees.", "-R");
        json = declaration.flag("One JSON object per line: path, name, type, size, modified.", "--json");
        operands = declaration.operands("0..*", "LOCATION", "What to list (default: the current directory).");
    }

    @Override
    void run(VolumeOpener opener) throws IOException {
        List<Location> locations = locations(operands.value().isEmpty() ? List.of(".") : operands.value());
        ListingPrinter printer = json.value() ? ListingPrinter.json(out())
                : columns.value() ? ListingPrinter.columns(out())
                : ListingPrinter.names(out());
        List<Row> files = new ArrayList<>();
        List<Location> directories = new ArrayList<>();
        Map<Location, Endpoint> opened = new IdentityHashMap<>();
        eachOperand(locations, "access", location -> {
            Endpoint endpoint = opener.open(location, true);
            FileEntry entry = endpoint.stat();
            if (entry.isDirectory()) {
                directories.add(location);
                opened.put(location, endpoint);
            } else {
                files.add(new Row(entry, location.text()));
            }
        });
        if (!files.isEmpty()) {
            printer.group(null, files);
        }
        boolean headings = recursive.value() || locations.size() > 1;
        eachOperand(directories, "list", location -> list(location, opened.get(location), headings, printer));
    }

    private void list(Location location, Endpoint directory, boolean headings, ListingPrinter printer)
            throws IOException {
        if (!recursive.value()) {
            printer.group(headings ? location.text() : null,
                    rows(TreeWalker.sortedChildren(directory.volume(), directory.path())));
            requireOutputOpen();
            return;
        }
        TreeWalker.walk(directory.volume(), directory.stat(), (entry, children) -> {
            printer.group(heading(location, directory, entry), rows(children));
            requireOutputOpen();
        });
    }

    /** The operand as typed for its own listing, the operand plus the relative path below it. */
    private static String heading(Location location, Endpoint top, FileEntry directory) {
        if (directory.path().equals(top.path())) {
            return location.text();
        }
        String base = location.text().endsWith("/") ? location.text().substring(0, location.text().length() - 1)
                : location.text();
        return base + "/" + String.join("/", top.path().relativize(directory.path()).names());
    }

    private static List<Row> rows(List<FileEntry> entries) {
        List<Row> rows = new ArrayList<>(entries.size());
        for (FileEntry entry : entries) {
            rows.add(Row.named(entry));
        }
        return rows;
    }
}
