package io.flashdeck.app.device;

import io.flashdeck.core.volume.VolumePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a path on a camera lies: the mount points it reported ({@code /flash} and {@code /sdcard}
 * on OpenMV 4.6 and later, {@code /} alone on older firmware) and the rule that the longest mount
 * point holding a path owns it, as MicroPython's VFS resolves paths.
 */
public final class MountTable {

    /** A path placed on its mount. */
    public record Placement(VolumePath mountPoint, VolumePath inner) {
    }

    /** Longest first, so the first mount holding a path is the one that owns it. */
    private final List<VolumePath> mountPoints;

    public MountTable(List<String> mountPoints) {
        List<VolumePath> points = new ArrayList<>();
        for (String point : mountPoints) {
            points.add(VolumePath.parse(point));
        }
        points.sort(Comparator.comparingInt(VolumePath::depth).reversed());
        this.mountPoints = List.copyOf(points);
    }

    /** The mount that owns {@code path} and the path within it; empty when no mount holds it. */
    public Optional<Placement> place(VolumePath path) {
        for (VolumePath point : mountPoints) {
            if (point.contains(path)) {
                return Optional.of(new Placement(point, point.relativize(path)));
            }
        }
        return Optional.empty();
    }

    /** True when {@code path} is a mount point other than {@code /}. */
    public boolean isMountPoint(VolumePath path) {
        return !path.isRoot() && mountPoints.contains(path);
    }

    /**
     * True for {@code /} and for the directories that exist only because a mount point lies below
     * them (the {@code /media} of a {@code /media/sd}); those are not on any one mount.
     */
    public boolean isAboveMounts(VolumePath path) {
        for (VolumePath point : mountPoints) {
            if (point.depth() > path.depth() && path.contains(point)) {
                return true;
            }
        }
        return path.isRoot();
    }

    /** Names in {@code directory} that are mount points or lead to one, sorted. */
    public SortedSet<String> mountNamesIn(VolumePath directory) {
        SortedSet<String> names = new TreeSet<>();
        for (VolumePath point : mountPoints) {
            if (point.depth() > directory.depth() && directory.contains(point)) {
                names.add(point.names().get(directory.depth()));
            }
        }
        return names;
    }

    /** The mount points as the device names them, for messages: {@code /flash, /sdcard}. */
    public String describe() {
        return mountPoints.stream().map(VolumePath::toString).sorted().reduce((a, b) -> a + ", " + b)
                .orElse("none");
    }
}
