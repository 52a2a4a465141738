package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.app.device.ConnectedCamera;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A command that works on whole image files ({@code IMAGE} or {@code IMAGE@N}), one after
 * another; commands made to take cameras also accept {@code cam:}, {@code cam@PORT:} and
 * {@code emu:} operands, with or without a path.
 */
abstract class ImageCommand extends VolumeCommand {

    final Declared<List<String>> operands;
    private final String verb;
    private final boolean takesCameras;

    /** One operand: an image, or a camera location. */
    private record Medium(String text, ImageArgument image, CameraLocation camera) {
    }

    /** @param verb for messages: "cannot VERB IMAGE: ..." */
    ImageCommand(FlashDeckCommand flashdeck, String verb, String name, String... description) {
        this(flashdeck, verb, false, name, description);
    }

    /** @param takesCameras whether camera operands are accepted (the command overrides {@link #apply(CameraLocation, ConnectedCamera)}) */
    ImageCommand(FlashDeckCommand flashdeck, String verb, boolean takesCameras, String name, String... description) {
        super(flashdeck, name, description);
        operands = declaration.operands("1..*", "IMAGE", "Image files: IMAGE or IMAGE@N (partition N).");
        this.verb = verb;
        this.takesCameras = takesCameras;
    }

    @Override
    final void run(VolumeOpener opener) {
        for (Medium medium : operands.value().stream().map(this::parse).toList()) {
            try {
                if (medium.camera() != null) {
                    apply(medium.camera(), opener.cameras().camera(medium.camera()));
                } else {
                    apply(medium.image());
                }
            } catch (IOException e) {
                failed(verb, medium.text(), e);
            }
        }
    }

    abstract void apply(ImageArgument image) throws IOException;

    /** Works on a camera; only commands that take cameras are given one. */
    void apply(CameraLocation location, ConnectedCamera camera) throws IOException {
        throw new UnsupportedOperationException(verb + " takes no cameras");
    }

    private Medium parse(String text) {
        try {
            Optional<CameraLocation> camera = CameraArgument.parse(flashdeck.parser(), text);
            if (camera.isPresent() && !takesCameras) {
                throw new IllegalArgumentException("\"" + text + "\": this command works on image files, not cameras");
            }
            return camera.isPresent() ? new Medium(text, null, camera.get())
                    : new Medium(text, imageOperand(text), null);
        } catch (IllegalArgumentException e) {
            throw usageError("Invalid image " + e.getMessage());
        }
    }
}
