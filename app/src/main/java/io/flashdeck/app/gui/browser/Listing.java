package io.flashdeck.app.gui.browser;

import io.flashdeck.app.gui.places.Place;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.util.List;

/**
 * What a pane shows: one directory of a place, as listed on a worker thread.
 *
 * @param volume    the place's open volume
 * @param entries   the directory's entries in on-disk order
 * @param space     the volume's space, or null when it was not asked again (same place) or unknown
 * @param select    the name to select, such as the directory just left by going up, or null
 */
public record Listing(Place place, Volume volume, VolumePath directory, List<FileEntry> entries, SpaceInfo space,
        String select) {

    public Listing {
        entries = List.copyOf(entries);
    }

    public boolean sameDirectory(Listing other) {
        return other != null && other.place.equals(place) && other.directory.equals(directory);
    }
}
