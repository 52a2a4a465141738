package io.flashdeck.app.gui;

import io.flashdeck.app.UserDataDirectory;
import io.flashdeck.app.cli.location.FatImageProvider;
import io.flashdeck.app.cli.location.ImageVolumeProvider;
import io.flashdeck.app.gui.camera.CameraPlaces;
import io.flashdeck.app.gui.camera.CameraSources;
import io.flashdeck.app.gui.places.PlaceProvider;
import io.flashdeck.core.fat.name.NameStyle;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the desktop app talks to; tests pass their own folders and devices.
 *
 * @param home            the folder the Home place shows
 * @param configDirectory where {@code settings.json} lives
 * @param logDirectory    where failures are logged with their stack traces
 * @param images          opens the FAT volume of an image file
 * @param devices         makes the sidebar sections between this computer and the images: cameras
 */
public record GuiEnvironment(Path home, Path configDirectory, Path logDirectory, ImageVolumeProvider images,
        Supplier<List<PlaceProvider>> devices) {

    /** Where drags out of a pane are staged: {@code drag} in the data directory, beside the logs. */
    public Path dragDirectory() {
        return logDirectory.resolveSibling("drag");
    }

    /** The real user: home folder, the platform's config and data folders, the virtual camera and the cameras on serial ports. */
    public static GuiEnvironment system() {
        return new GuiEnvironment(Path.of(System.getProperty("user.home")), UserDataDirectory.locateConfig(),
                UserDataDirectory.locate().resolve("logs"), new FatImageProvider(NameStyle.CAMERA),
                () -> List.of(new CameraPlaces(CameraSources.system(UserDataDirectory.locate().resolve("emu")))));
    }
}
