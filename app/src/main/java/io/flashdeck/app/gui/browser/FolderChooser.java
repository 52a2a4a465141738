package io.flashdeck.app.gui.browser;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Asks for a folder on this computer, such as where a download or a backup goes; the system's
 * dialog unless a test gives its own.
 */
@FunctionalInterface
public interface FolderChooser {

    /** The chosen folder, or empty when the user cancelled; FX thread. */
    Optional<Path> choose(Window owner, String title, Optional<Path> start);

    /** The platform's folder dialog, opening in {@code start} when that is a folder. */
    static FolderChooser system() {
        return (owner, title, start) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            start.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
            File folder = chooser.showDialog(owner);
            return Optional.ofNullable(folder).map(File::toPath);
        };
    }
}
