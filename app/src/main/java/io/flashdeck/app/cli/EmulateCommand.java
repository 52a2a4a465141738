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
import picocli.CommandLine.Model.OptionSpec;

/**
 * Serves the virtual camera on standard input and output, byte for byte, until the input ends:
 * {@code socat pty,raw,echo=0,link=/tmp/cam0 EXEC:'flashdeck emulate --stdio'} makes a serial
 * port of it.
 */
final class EmulateCommand extends VolumeCommand {

    static final String NAME = "emulate";

    private final Declared<Path> flash;
    private final Declared<Path> sdcard;
    private final Declared<Boolean> busy;
    private final Declared<Boolean> noRawPaste;

    EmulateCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, NAME, "Run the virtual camera (a model of an OpenMV Cam H7 that runs FlashDeck's agent)",
                "on standard input and output, until the input ends. For a serial port:",
                "  socat pty,raw,echo=0,link=/tmp/cam0 EXEC:'flashdeck emulate --stdio'");
        declaration.add(OptionSpec.builder("--stdio").type(boolean.class).required(true)
                .description("Serve the camera's USB serial port on standard input and output (binary)."));
        flash = declaration.option(Path.class, "IMAGE", "Image behind /flash (default: the user data directory's "
                + "emu/flash.img); made and given OpenMV's default files when missing.", "--flash");
        sdcard = declaration.option(Path.class, "IMAGE", "Image behind /sdcard (default: the user data directory's "
                + "emu/sdcard.img); made when missing.", "--sdcard");
        busy = declaration.flag("main.py prints in a loop from power-up until interrupted with Ctrl-C.", "--busy");
        noRawPaste = declaration.flag("Decline raw-paste mode (answer R\\x00), as older firmware does.",
                "--no-raw-paste");
    }

    @Override
    void run(VolumeOpener opener) {
        Path workingDirectory = flashdeck.environment().workingDirectory();
        CameraSettings settings = CameraSettings.in(UserDataDirectory.locate().resolve("emu"))
                .withBusy(busy.value())
                .withRawPaste(!noRawPaste.value());
        if (flash.value() != null) {
            settings = settings.withFlashImage(workingDirectory.resolve(flash.value()));
        }
        if (sdcard.value() != null) {
            settings = settings.withSdcardImage(workingDirectory.resolve(sdcard.value()));
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
