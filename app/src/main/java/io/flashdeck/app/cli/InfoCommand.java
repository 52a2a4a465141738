package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.CameraDescription;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.fat.BootSector;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.partition.LocatedVolume;
import io.flashdeck.core.volume.SpaceInfo;
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
        for (CameraDescription.Line line : CameraDescription.of(camera.name(), camera.session().info(),
                camera.mounts())) {
            out().printf("%-14s%s%n", line.label().isEmpty() ? "" : line.label() + ":", line.value());
        }
    }

    @Override
    void apply(ImageArgument argument) throws IOException {
        PrintStream out = out();
        try (DiskImage image = DiskImage.open(argument.image(), true)) {
            out.printf("Image:        %s, %,d bytes (%s)%n", argument.text(), image.device().size(),
                    ByteSizes.format(image.device().size()));
            out.println("Partitions:   " + image.partitionTable().description());
            LocatedVolume located = image.locate(argument.partition());
            out.println("Volume:       " + located.describe());
            try (FatVolume volume = image.volume(argument.partition(), FatOptions.DEFAULT.withReadOnly(true))) {
                describe(out, volume);
            }
        }
    }

    private static void describe(PrintStream out, FatVolume volume) throws IOException {
        BootSector boot = volume.fileSystem().bootSector();
        String label = volume.label();
        out.printf("File system:  %s, label %s, serial %s, OEM \"%s\"%n", boot.fatType().displayName(),
                label.isEmpty() ? "(none)" : "\"" + label + "\"",
                boot.volumeId().isPresent() ? serial(boot.volumeId().getAsLong()) : "(none)", boot.oemName());
        long clusterBytes = (long) boot.bytesPerSector() * boot.sectorsPerCluster();
        out.printf("Geometry:     %d-byte sectors, %,d sectors, %s clusters (%,d), %d FAT%s of %,d sectors, "
                        + "%d reserved sector%s, %s%n",
                boot.bytesPerSector(), boot.totalSectors(), ByteSizes.format(clusterBytes), boot.clusterCount(),
                boot.fatCount(), boot.fatCount() == 1 ? "" : "s", boot.sectorsPerFat(), boot.reservedSectors(),
                boot.reservedSectors() == 1 ? "" : "s",
                boot.rootCluster() == 0 ? boot.rootEntryCount() + " root entries" : "root at cluster " + boot.rootCluster());
        SpaceInfo space = volume.space();
        out.printf("Space:        %s total, %s used, %s free%n", ByteSizes.format(space.totalBytes()),
                ByteSizes.format(space.usedBytes()), ByteSizes.format(space.freeBytes()));
    }

    private static String serial(long id) {
        return String.format("%04X-%04X", id >>> 16, id & 0xFFFF);
    }
}
