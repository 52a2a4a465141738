package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.app.image.VolumeFacts;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.serial.agent.DeviceInfo;
import io.flashdeck.serial.agent.MountInfo;
import java.io.IOException;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/**
 * Describes an image (partition table, which volume is used, FAT type, geometry, label, space) or
 * a camera (firmware, board, MicroPython, mounts).
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Show what an image or a camera holds.",
            "Image: partitions, file system, geometry, label and free space.",
            "Camera (cam:, cam@PORT:, emu:): firmware, board, MicroPython version and mounts."})
final class InfoCommand extends ImageCommand {

    InfoCommand() {
        super("describe", true);
    }

    @Override
    void apply(CameraLocation location, ConnectedCamera camera) throws IOException {
        PrintStream out = out();
        DeviceInfo info = camera.session().info();
        out.println("Camera:       " + camera.name());
        out.println("Board:        " + info.board());
        out.println("Firmware:     " + info.firmware().map(version -> "OpenMV " + version).orElse("not OpenMV firmware"));
        out.println("MicroPython:  " + info.implementation() + " " + info.version() + " on " + info.platform()
                + (info.machine().isEmpty() ? "" : " (" + info.machine() + ")"));
        String release = info.facts().get("release");
        if (release != null) {
            out.println("Release:      " + release + " (os.uname)");
        }
        out.println("Free memory:  " + ByteSizes.format(info.freeMemory()));
        String label = "Mounts:       ";
        for (MountInfo mount : camera.mounts()) {
            out.printf("%s%-8s %-8s %s total, %s free%n", label, mount.path(), mount.fileSystem(),
                    ByteSizes.format(mount.totalBytes()), ByteSizes.format(mount.freeBytes()));
            label = " ".repeat(label.length());
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
