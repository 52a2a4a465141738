package io.flashdeck.core.fat.tree;

import io.flashdeck.core.fat.dir.ShortName;

import java.util.List;

/**
 * The names a new directory entry will carry: its unique 8.3 name, the NT case flags that make
 * the 8.3 name show in lower case, and the long-name slots (none when the 8.3 name says it all).
 *
 * @param shortName     the 8.3 name, unique in its directory
 * @param ntCase        NT case flags for the short entry
 * @param longNameSlots long-name slots in disk order, already tied to {@code shortName}
 */
public record EntryName(ShortName shortName, int ntCase, List<byte[]> longNameSlots) {

    public EntryName {
        longNameSlots = List.copyOf(longNameSlots);
    }

    /** Slots the entry takes, long-name slots included. */
    public int slotCount() {
        return longNameSlots.size() + 1;
    }
}
