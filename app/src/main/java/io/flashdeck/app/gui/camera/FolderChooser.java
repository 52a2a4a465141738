package io.flashdeck.app.gui.camera;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks for a folder on this computer, such as where a backup goes; the system's dialog unless a test gives its own. */
@FunctionalInterface
public interface FolderChooser {

    /** The chosen folder, or empty when the user cancelled; FX thread. */
    Optional<Path> choose(Window owner, String title);

    /** The platform's folder dialog. */
    static FolderChooser system() {
        return (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            File folder = chooser.showDialog(owner);
            return Optional.ofNullable(folder).map(File::toPath);
        };
    }
}
