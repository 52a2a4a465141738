package io.flashdeck.app.gui.places;

import io.flashdeck.core.volume.Volume;
import java.io.IOException;

/**
 * A volume opened on first use and then shared: both panes and every transfer use the same object
 * for one medium, since two writers on one image would corrupt it and transfers recognise a
 * same-volume move by the object. Used on worker threads only; opening may take long.
 */
public final class SharedVolume {

    /** Opens the medium. */
    @FunctionalInterface
    public interface Opener {
        Volume open() throws IOException;
    }

    private final Opener opener;
    private Volume volume;

    public SharedVolume(Opener opener) {
        this.opener = opener;
    }

    /** The open volume, opening it now if needed. */
    public synchronized Volume get() throws IOException {
        if (volume == null) {
            volume = opener.open();
        }
        return volume;
    }

    /** Work on the medium's file while no volume has it open. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    /**
     * Closes the volume and runs {@code work} before anyone can open it again, such as a repair that
     * rewrites the file under the engine's caches; the next {@link #get} opens the changed medium.
     */
    public synchronized <T> T whileClosed(Work<T> work) throws IOException {
        close();
        return work.run();
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
