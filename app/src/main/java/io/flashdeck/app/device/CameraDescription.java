package io.flashdeck.app.device;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.serial.agent.DeviceInfo;
import io.flashdeck.serial.agent.MountInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A camera described for people, line by line: board, firmware, MicroPython, memory and mounts.
 * The command line's {@code info} prints these lines; the desktop app's device info shows them.
 */
public final class CameraDescription {

    /** One fact; a mount after the first has an empty label, as it continues the list above it. */
    public record Line(String label, String value) {
    }

    private CameraDescription() {
    }

    public static List<Line> of(String name, DeviceInfo info, List<MountInfo> mounts) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Camera", name));
        lines.add(new Line("Board", info.board()));
        lines.add(new Line("Firmware", info.firmware().map(version -> "OpenMV " + version).orElse("not OpenMV firmware")));
        lines.add(new Line("MicroPython", info.implementation() + " " + info.version() + " on " + info.platform()
                + (info.machine().isEmpty() ? "" : " (" + info.machine() + ")")));
        String release = info.facts().get("release");
        if (release != null) {
            lines.add(new Line("Release", release + " (os.uname)"));
        }
        lines.add(new Line("Free memory", ByteSizes.format(info.freeMemory())));
        String label = "Mounts";
        for (MountInfo mount : mounts) {
            lines.add(new Line(label, String.format("%-8s %-8s %s total, %s free", mount.path(), mount.fileSystem(),
                    ByteSizes.format(mount.totalBytes()), ByteSizes.format(mount.freeBytes()))));
            label = "";
        }
        return lines;
    }
}
