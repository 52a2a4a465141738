package io.flashdeck.app.gui.places;

import io.flashdeck.core.volume.VolumePath;
import java.util.Objects;
import io.flashdeck.icons.DeviceIcon;

/**
 * Somewhere a pane can show: a host folder, an image, a camera mount.
 *
 * @param id          stable across runs, so that settings can name it ({@code home}, {@code image:/x.img})
 * @param title       the name in the sidebar and at the start of the path bar
 * @param icon        its drawn icon, in the sidebar and the path bar
 * @param description a longer name for tooltips, such as the image's full path
 * @param location    what goes before a path to name it as the command line does: {@code ""} for
 *                    the host's root, {@code /home/me/flash.img:} for an image
 * @param start       the directory a pane shows when it opens the place
 * @param volume      the medium, opened on first use
 */
public record Place(String id, String title, DeviceIcon icon, String description, String location, VolumePath start,
        SharedVolume volume) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(volume, "volume");
    }

    /** {@code path} as the command line names it: {@code /home/me/a.py}, {@code flash.img:/main.py}. */
    public String locationOf(VolumePath path) {
        return location + path;
    }
}
