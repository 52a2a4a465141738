package io.flashdeck.app.gui.image;

import java.util.Objects;
import javafx.scene.control.Dialog;

/** The style sheet of the image tools, added to their dialogs over the window's theme. */
public final class ImageStyles {

    private static final String SHEET = Objects.requireNonNull(ImageStyles.class.getResource("image-tools.css"),
            "image-tools.css").toExternalForm();

    private ImageStyles() {
    }

    public static void addTo(Dialog<?> dialog) {
        dialog.getDialogPane().getStylesheets().add(SHEET);
    }
}
