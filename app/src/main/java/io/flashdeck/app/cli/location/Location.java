package io.flashdeck.app.cli.location;

import io.flashdeck.core.volume.VolumePath;

/**
 * A place named on the command line (DESIGN.md §2): a host path, a path in a FAT image, or a path
 * on a camera. Parsed by {@link LocationParser}, opened by {@link VolumeOpener}.
 */
public sealed interface Location permits HostLocation, ImageLocation, CameraLocation {

    /** As the user wrote it, for messages. */
    String text();

    /** The path within the volume the location lies on. */
    VolumePath path();

    /** Written with a trailing slash: the user means a directory. */
    boolean endsWithSlash();
}
