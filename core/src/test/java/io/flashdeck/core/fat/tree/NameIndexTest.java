package io.flashdeck.core.fat.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryListing;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.dir.DirectoryScanner;
import io.flashdeck.core.fat.dir.LongNameEntries;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.name.DisplayNames;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index finds what a scan comparing every name finds, repeated names and dot entries included. */
class NameIndexTest {

    private final ByteArrayOutputStream slots = new ByteArrayOutputStream();

    @Test
    void findsWhatAScanOfEveryNameFinds() {
        entry(".          ", DirEntry.ATTR_DIRECTORY, 0);
        entry("..         ", DirEntry.ATTR_DIRECTORY, 0);
        file("A Long File Name.jpeg", "ALONGF~1JPE");
        entry("MAIN    PY ", DirEntry.ATTR_ARCHIVE, 0x18); // FatFs's main.py: no long name, lower-case flags
        file("Ärger.txt", "RGER~1  TXT");
        file("readme.txt", "README  TXT");
        entry("README  TXT", DirEntry.ATTR_DIRECTORY, 0); // a damaged directory: the same name again
        file("Données", "DONNE~1    ");
        DirectoryListing listing = DirectoryScanner.scan(slots.toByteArray());
        NameIndex index = new NameIndex(listing);

        assertThat(index.find("readme.TXT").orElseThrow().entry().isDirectory()).isFalse();
        assertThat(index.find(".")).isEmpty();
        assertThat(index.find("..")).isEmpty();
        assertThat(index.find("ALONGF~1.JPE").orElseThrow().displayName()).isEqualTo("A Long File Name.jpeg");

        List<String> queries = new ArrayList<>(List.of(".", "..", "missing", "main.p", "DONNÉES", "ärger.TXT"));
        for (DirectoryRecord record : listing.entries()) {
            queries.add(record.displayName());
            queries.add(record.entry().shortName().toDisplayName(0));
        }
        Random random = new Random(51);
        for (String query : List.copyOf(queries)) {
            queries.add(query.toUpperCase(Locale.ROOT));
            queries.add(query.toLowerCase(Locale.ROOT));
            queries.add(mixedCase(query, random));
        }
        for (String query : queries) {
            assertThat(index.find(query)).as(query).isEqualTo(scan(listing, query));
        }
    }

    /** The rule the index stands in for: the first entry in slot order with a matching name. */
    private static Optional<DirectoryRecord> scan(DirectoryListing listing, String name) {
        for (DirectoryRecord record : listing.entries()) {
            ShortName shortName = record.entry().shortName();
            boolean dot = shortName.isDot() || shortName.isDotDot();
            if (!dot && (DisplayNames.equalsIgnoreCase(record.displayName(), name)
                    || record.longName() != null && DisplayNames.equalsIgnoreCase(record.longName(), name)
                    || DisplayNames.equalsIgnoreCase(shortName.toDisplayName(0), name))) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    private static String mixedCase(String text, Random random) {
        StringBuilder mixed = new StringBuilder();
        for (char c : text.toCharArray()) {
            mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return mixed.toString();
    }

    private void file(String longName, String shortName) {
        LongNameEntries.encode(longName, ShortName.of(shortName).checksum()).forEach(slots::writeBytes);
        entry(shortName, DirEntry.ATTR_ARCHIVE, 0);
    }

    private void entry(String shortName, int attributes, int ntCase) {
        DirEntry entry = new DirEntry(ShortName.of(shortName), attributes);
        entry.setNtCase(ntCase);
        byte[] slot = new byte[DirEntry.SIZE];
        entry.encode(slot, 0);
        slots.writeBytes(slot);
    }
}
