package io.flashdeck.app.gui.browser;

import io.flashdeck.app.gui.places.Place;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;

/** Where a pane sends the files the user opens for editing. Called on the FX thread. */
public interface FileEditor {

    /** Whether Enter and a double-click open {@code file} in the editor rather than doing nothing. */
    boolean opensOnEnter(FileEntry file);

    /** Opens {@code file} of {@code place}, whose open volume is {@code volume}, for editing. */
    void edit(Place place, Volume volume, FileEntry file);
}
