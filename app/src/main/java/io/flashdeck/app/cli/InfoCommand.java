package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.CameraDescription;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.app.image.VolumeFacts;
import io.flashdeck.core.block.ByteSizes;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Describes an image (partition table, which volume is used, FAT type, geometry, label, space) or
 * a camera (firmware, board, MicroPython, mounts).
 */
final class InfoCommand extends ImageCommand {

    static final String NAME = "info";

    InfoCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "describe", true, NAME, "Show what an image or a camera holds.",
                "Image: partitions, file system, geometry, label and free space.",
                "Camera (cam:, cam@PORT:, emu:): firmware, board, MicroPython version and mounts.");
    }

    @Override
    void apply(CameraLocation location, ConnectedCamera camera) throws IOException {
        for (CameraDescription.Line line : CameraDescription.of(camera.name(), camera.session().info(),
                camera.mounts())) {
            out().printf("%-14s%s%n", line.label().isEmpty() ? "" : line.label() + ":", line.value());
        }
    }

    @Override
    void apply(ImageArgument argument) throws IOException {
        PrintStream out = out();
        VolumeFacts facts = VolumeFacts.read(argument.image(), argument.partition());
        out.printf("Image:        %s, %,d bytes (%s)%n", argument.text(), facts.imageBytes(),
                ByteSizes.format(facts.imageBytes()));
        out.println("Partitions:   " + facts.partitions());
        out.println("Volume:       " + facts.volume());
        out.println("File system:  " + facts.fileSystemLine());
        out.println("Geometry:     " + facts.geometryLine());
        out.println("Space:        " + facts.spaceLine());
    }
}
