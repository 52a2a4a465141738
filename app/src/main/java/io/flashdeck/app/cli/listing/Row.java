package io.flashdeck.app.cli.listing;

import io.flashdeck.core.volume.FileEntry;

/**
 * One listed entry.
 *
 * @param label how text listings name it: the entry's name, or the operand as typed for a file operand
 */
public record Row(FileEntry entry, String label) {

    public static Row named(FileEntry entry) {
        return new Row(entry, entry.name());
    }
}
