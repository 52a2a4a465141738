package io.flashdeck.app.device;

import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.agent.MountInfo;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.device.DeviceVolume;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.ReplSettings;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One camera connected for one command: its session, the mounts it reported on connecting, and
 * one volume object per mount (transfers tell a move within a volume by the volume object).
 * Maps the device's absolute paths ({@code /flash/main.py}) to the mount that holds them.
 */
public final class ConnectedCamera implements Closeable {

    private static final VolumePath FLASH = VolumePath.of("flash");

    private final String name;
    private final DeviceSession session;
    private final List<MountInfo> mounts;
    private final MountTable table;
    private final Map<VolumePath, DeviceVolume> volumes = new HashMap<>();
    private CameraRoot root;

    private ConnectedCamera(String name, DeviceSession session, List<MountInfo> mounts) {
        this.name = name;
        this.session = session;
        this.mounts = List.copyOf(mounts);
        this.table = new MountTable(mounts.stream().map(MountInfo::path).toList());
    }

    /**
     * Opens a session over {@code link} (closed again if that fails) and reads the mounts.
     *
     * @param name for messages, such as {@code cam@/dev/ttyACM0}
     */
    public static ConnectedCamera open(String name, Link link, ReplSettings settings) throws IOException {
        DeviceSession session;
        try {
            session = DeviceSession.open(link, settings);
        } catch (IOException | RuntimeException e) {
            closeQuietly(link, e);
            throw e;
        }
        try {
            return new ConnectedCamera(name, session, session.mounts());
        } catch (IOException | RuntimeException e) {
            closeQuietly(session, e);
            throw e;
        }
    }

    public String name() {
        return name;
    }

    public DeviceSession session() {
        return session;
    }

    public List<MountInfo> mounts() {
        return mounts;
    }

    /** The mount that holds {@code path} (the longest mount point above it). */
    public Optional<MountInfo> mountOf(VolumePath path) {
        return table.place(path).flatMap(place -> mounts.stream()
                .filter(mount -> VolumePath.parse(mount.path()).equals(place.mountPoint())).findFirst());
    }

    /**
     * Where a device path lies: inside a mount, on that mount's volume; {@code /}, the
     * directories above mount points and paths on no mount, on the camera's {@link CameraRoot}.
     */
    public Endpoint endpoint(VolumePath path) throws IOException {
        Optional<MountTable.Placement> place = table.place(path);
        if (place.isEmpty() || (table.isAboveMounts(path) && !table.isMountPoint(path))) {
            return new Endpoint(root(), path);
        }
        return new Endpoint(volume(place.get().mountPoint()), place.get().inner());
    }

    /** The mount at exactly {@code path}. */
    public MountInfo mountAt(VolumePath path) throws IOException {
        for (MountInfo mount : mounts) {
            if (VolumePath.parse(mount.path()).equals(path)) {
                return mount;
            }
        }
        throw new NoSuchFileException(path.toString(), null, "not a mount point of " + name + " (mounts: "
                + table.describe() + ")");
    }

    /** The internal flash: {@code /flash} on OpenMV 4.6 and later, the one volume at {@code /} before. */
    public MountInfo internalFlash() throws IOException {
        boolean flash = mounts.stream().anyMatch(mount -> mount.path().equals(FLASH.toString()));
        return mountAt(flash ? FLASH : VolumePath.ROOT);
    }

    public DeviceVolume volume(MountInfo mount) throws IOException {
        return volume(VolumePath.parse(mount.path()));
    }

    /** The volume of the mount at {@code mountPoint}, one object per mount. */
    public DeviceVolume volume(VolumePath mountPoint) throws IOException {
        DeviceVolume volume = volumes.get(mountPoint);
        if (volume == null) {
            volume = session.volume(mountPoint.toString());
            volumes.put(mountPoint, volume);
        }
        return volume;
    }

    private CameraRoot root() throws IOException {
        if (root == null) {
            Map<VolumePath, Volume> all = new LinkedHashMap<>();
            for (MountInfo mount : mounts) {
                VolumePath point = VolumePath.parse(mount.path());
                all.put(point, volume(point));
            }
            root = new CameraRoot(name + ":/", all);
        }
        return root;
    }

    /** Closes the session; the device is left in its friendly REPL. */
    @Override
    public void close() throws IOException {
        session.close();
    }

    private static void closeQuietly(Closeable resource, Exception failure) {
        try {
            resource.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
