package io.flashdeck.app.gui.places;

import io.flashdeck.core.volume.Volume;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * A volume opened on first use and then shared: both panes and every transfer use the same object
 * for one medium, since two writers on one image would corrupt it and transfers recognise a
 * same-volume move by the object. A volume whose medium was lost (a camera unplugged) is dropped, and
 * the next use opens it again. Used on worker threads only; opening may take long.
 */
public final class SharedVolume {

    /** Opens the medium. */
    @FunctionalInterface
    public interface Opener {
        Volume open() throws IOException;
    }

    private final Opener opener;
    private final BooleanSupplier lost;
    private Volume volume;

    public SharedVolume(Opener opener) {
        this(opener, () -> false);
    }

    /** @param lost true once the open volume can no longer reach its medium */
    public SharedVolume(Opener opener, BooleanSupplier lost) {
        this.opener = opener;
        this.lost = lost;
    }

    /** The open volume, opening it now if needed or if the one open lost its medium. */
    public synchronized Volume get() throws IOException {
        if (volume != null && lost.getAsBoolean()) {
            close();
        }
        if (volume == null) {
            volume = opener.open();
        }
        return volume;
    }

    /** Closes the volume if it was opened; the next {@link #get} opens it again. */
    public synchronized void close() throws IOException {
        Volume open = volume;
        volume = null;
        if (open != null) {
            open.close();
        }
    }
}
