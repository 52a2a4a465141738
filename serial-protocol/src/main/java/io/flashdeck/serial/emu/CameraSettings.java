package io.flashdeck.serial.emu;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link VirtualCamera} is built.
 *
 * @param flashImage  the image behind {@code /flash} (made and seeded with OpenMV's default files
 *                    when missing)
 * @param sdcardImage the image behind {@code /sdcard} (made when missing), or null for a camera
 *                    without a card
 * @param busy        {@code main.py} prints in a loop from power-up until interrupted
 * @param rawPaste    answer raw-paste requests with a window; false answers {@code R\x00}, as
 *                    firmware without the mode does
 */
public record CameraSettings(Path flashImage, Path sdcardImage, boolean busy, boolean rawPaste) {

    /** Bytes of a new {@code /flash} image: OpenMV's internal flash file system. */
    public static final long FLASH_BYTES = 2L << 20;
    /** Bytes of a new {@code /sdcard} image (sparse on disk). */
    public static final long SDCARD_BYTES = 64L << 20;

    public CameraSettings {
        Objects.requireNonNull(flashImage, "flashImage");
    }

    /** {@code flash.img} and {@code sdcard.img} in {@code directory}, idle at power-up, raw-paste on. */
    public static CameraSettings in(Path directory) {
        return new CameraSettings(directory.resolve("flash.img"), directory.resolve("sdcard.img"), false, true);
    }

    public CameraSettings withFlashImage(Path image) {
        return new CameraSettings(image, sdcardImage, busy, rawPaste);
    }

    public CameraSettings withSdcardImage(Path image) {
        return new CameraSettings(flashImage, image, busy, rawPaste);
    }

    public CameraSettings withBusy(boolean printsAtPowerUp) {
        return new CameraSettings(flashImage, sdcardImage, printsAtPowerUp, rawPaste);
    }

    public CameraSettings withRawPaste(boolean supported) {
        return new CameraSettings(flashImage, sdcardImage, busy, supported);
    }
}
