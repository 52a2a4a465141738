package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.tree.DirectoryLocation;

/**
 * Where a directory entry a repair will change was found: its directory, the slot of its short
 * entry and the 8.3 name that slot held, so the repair can tell it still holds that entry.
 *
 * @param path the entry's path, for messages
 */
record EntrySite(DirectoryLocation directory, int shortSlot, ShortName name, String path) {
}
