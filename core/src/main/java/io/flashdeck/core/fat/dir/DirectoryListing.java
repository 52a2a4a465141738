package io.flashdeck.core.fat.dir;

import java.util.List;

/**
 * What a directory's slots hold.
 *
 * @param entries     the entries in slot order, {@code .} and {@code ..} included
 * @param volumeLabel the volume label entry's name (root directories), or null
 * @param problems    long-name slots that were ignored, and why
 * @param endSlot     index of the end marker (first slot starting with 0x00), or the slot count
 */
public record DirectoryListing(List<DirectoryRecord> entries, String volumeLabel, List<SlotProblem> problems,
        int endSlot) {

    public DirectoryListing {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
