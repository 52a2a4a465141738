package io.flashdeck.app.cli;

import io.flashdeck.app.UserDataDirectory;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.serial.emu.CameraSettings;
import io.flashdeck.serial.emu.VirtualCamera;
import io.flashdeck.serial.link.StreamLink;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Serves the virtual camera on standard input and output, byte for byte, until the input ends:
 * {@code socat pty,raw,echo=0,link=/tmp/cam0 EXEC:'flashdeck emulate --stdio'} makes a serial
 * port of it.
 */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = {"Run the virtual camera (a model of an OpenMV Cam H7 that runs FlashDeck's agent)",
                "on standard input and output, until the input ends. For a serial port:",
                "  socat pty,raw,echo=0,link=/tmp/cam0 EXEC:'flashdeck emulate --stdio'"})
final class EmulateCommand extends VolumeCommand {

    @Option(names = "--stdio", required = true,
            description = "Serve the camera's USB serial port on standard input and output (binary).")
    boolean stdio;

    @Option(names = "--flash", paramLabel = "IMAGE",
            description = "Image behind /flash (default: the user data directory's emu/flash.img);"
                    + " made and given OpenMV's default files when missing.")
    Path flash;

    @Option(names = "--sdcard", paramLabel = "IMAGE",
            description = "Image behind /sdcard (default: the user data directory's emu/sdcard.img); made when missing.")
    Path sdcard;

    @Option(names = "--busy", description = "main.py prints in a loop from power-up until interrupted with Ctrl-C.")
    boolean busy;

    @Option(names = "--no-raw-paste", description = "Decline raw-paste mode (answer R\\x00), as older firmware does.")
    boolean noRawPaste;

    @Override
    void run(VolumeOpener opener) {
        Path workingDirectory = flashdeck.environment().workingDirectory();
        CameraSettings settings = CameraSettings.in(UserDataDirectory.locate().resolve("emu"))
                .withBusy(busy)
                .withRawPaste(!noRawPaste);
        if (flash != null) {
            settings = settings.withFlashImage(workingDirectory.resolve(flash));
        }
        if (sdcard != null) {
            settings = settings.withSdcardImage(workingDirectory.resolve(sdcard));
        }
        try (VirtualCamera camera = VirtualCamera.open(settings)) {
            // the camera's bytes go straight to file descriptor 1: no buffering, no encoding
            camera.serve(StreamLink.of("standard input and output", System.in, new FileOutputStream(FileDescriptor.out)));
        } catch (IOException e) {
            failed("emulate", "the virtual camera", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
