package io.flashdeck.app.gui.settings;

import io.flashdeck.app.gui.settings.Settings.Confirmations;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The questions the window asks before it acts, as the user set them: live, so that a "don't ask
 * again" in a dialog and the preferences menu agree. FX thread.
 */
public final class Questions {

    private final BooleanProperty beforeDelete = new SimpleBooleanProperty(this, "beforeDelete");

    public Questions(Confirmations saved) {
        beforeDelete.set(saved.delete());
    }

    /** Whether deleting files asks first. */
    public BooleanProperty beforeDeleteProperty() {
        return beforeDelete;
    }

    public boolean beforeDelete() {
        return beforeDelete.get();
    }

    /** What to remember. */
    public Confirmations confirmations() {
        return new Confirmations(beforeDelete.get());
    }
}
