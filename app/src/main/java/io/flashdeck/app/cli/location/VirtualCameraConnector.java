package io.flashdeck.app.cli.location;

import io.flashdeck.serial.emu.CameraSettings;
import io.flashdeck.serial.emu.VirtualCamera;
import io.flashdeck.serial.link.ForwardingLink;
import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code emu:}: the virtual camera, run in this process on its images in a directory (the user
 * data directory's {@code emu}, which {@code flashdeck emulate --stdio} uses too). Each connection
 * powers it on and closing the connection powers it off and closes its images, so a hard reset,
 * which drops the camera's cable, is followed by a fresh start on the same images.
 */
public final class VirtualCameraConnector implements CameraConnector {

    private final Path directory;

    public VirtualCameraConnector(Path directory) {
        this.directory = directory;
    }

    @Override
    public Link connect(CameraLocation camera) throws IOException {
        VirtualCamera virtual = VirtualCamera.open(CameraSettings.in(directory));
        return new Cable(virtual.start(), virtual);
    }

    /** The host's end of the camera's cable; the camera goes with it. */
    private static final class Cable extends ForwardingLink {

        private final VirtualCamera camera;

        Cable(Link link, VirtualCamera camera) {
            super(link);
            this.camera = camera;
        }

        @Override
        public String name() {
            return "the virtual camera";
        }

        @Override
        public void close() throws IOException {
            try {
                link.close();
            } finally {
                camera.close();
            }
        }
    }
}
