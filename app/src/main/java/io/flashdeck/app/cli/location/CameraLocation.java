package io.flashdeck.app.cli.location;

import io.flashdeck.core.volume.VolumePath;

/**
 * A path on a camera: {@code cam:/flash}, {@code cam@/dev/ttyACM0:/sdcard} or the virtual camera {@code emu:/flash}.
 *
 * @param port the serial port, or null for the one connected camera (always null for the virtual camera)
 */
public record CameraLocation(String text, Kind kind, String port, VolumePath path, boolean endsWithSlash)
        implements Location {

    public enum Kind {
        CAMERA,
        EMULATOR
    }
}
