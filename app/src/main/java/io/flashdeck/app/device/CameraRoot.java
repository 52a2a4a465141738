package io.flashdeck.app.device;

import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A camera's {@code /} as one tree: its mount points are directories (on OpenMV 4.6 and later
 * {@code /} itself holds nothing else), and everything inside a mount is that mount's volume,
 * so {@code ls cam:/} shows {@code flash} and {@code sdcard} and {@code cp -r cam:/ backup}
 * copies both. Where {@code /} is itself a mount (older firmware, other boards) its files are
 * listed too, together with the other mount points.
 *
 * <p>Paths that lie on no mount, and the mount points themselves, cannot be changed here.
 * Closing does nothing: the mounts' volumes belong to the connection.
 */
public final class CameraRoot implements Volume {

    private final String name;
    private final MountTable table;
    private final Map<VolumePath, Volume> mounts;

    /**
     * @param name   for messages, such as {@code cam@/dev/ttyACM0:/}
     * @param mounts each mount point's volume
     */
    public CameraRoot(String name, Map<VolumePath, Volume> mounts) {
        this.name = name;
        this.mounts = new LinkedHashMap<>(mounts);
        this.table = new MountTable(mounts.keySet().stream().map(VolumePath::toString).toList());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public FileEntry stat(VolumePath path) throws IOException {
        if (table.isAboveMounts(path) || table.isMountPoint(path)) {
            return new FileEntry(path, EntryType.DIRECTORY, 0, null);
        }
        MountTable.Placement place = placement(path);
        return moved(place.mountPoint(), mounts.get(place.mountPoint()).stat(place.inner()));
    }

    /** The directory's own entries (when it lies on a mount) and the mount points in it. */
    @Override
    public List<FileEntry> list(VolumePath directory) throws IOException {
        Map<String, FileEntry> entries = new LinkedHashMap<>();
        Optional<MountTable.Placement> place = table.place(directory);
        if (place.isPresent()) {
            try {
                for (FileEntry entry : mounts.get(place.get().mountPoint()).list(place.get().inner())) {
                    entries.put(entry.name(), moved(place.get().mountPoint(), entry));
                }
            } catch (NoSuchFileException e) {
                if (!table.isAboveMounts(directory)) {
                    throw e;
                }
            }
        } else if (!table.isAboveMounts(directory)) {
            throw outside(directory);
        }
        for (String mountName : table.mountNamesIn(directory)) {
            entries.put(mountName, new FileEntry(directory.resolve(mountName), EntryType.DIRECTORY, 0, null));
        }
        return new ArrayList<>(entries.values());
    }

    @Override
    public InputStream openRead(VolumePath file) throws IOException {
        MountTable.Placement place = placement(file);
        return mounts.get(place.mountPoint()).openRead(place.inner());
    }

    @Override
    public byte[] sha256(VolumePath file) throws IOException {
        MountTable.Placement place = placement(file);
        return mounts.get(place.mountPoint()).sha256(place.inner());
    }

    @Override
    public void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
        MountTable.Placement place = changeable(file);
        mounts.get(place.mountPoint()).write(place.inner(), content, length, options);
    }

    @Override
    public void mkdir(VolumePath directory) throws IOException {
        MountTable.Placement place = changeable(directory);
        mounts.get(place.mountPoint()).mkdir(place.inner());
    }

    @Override
    public void delete(VolumePath path) throws IOException {
        MountTable.Placement place = changeable(path);
        mounts.get(place.mountPoint()).delete(place.inner());
    }

    @Override
    public void rename(VolumePath from, VolumePath to) throws IOException {
        MountTable.Placement source = changeable(from);
        MountTable.Placement target = changeable(to);
        if (!source.mountPoint().equals(target.mountPoint())) {
            throw new FileSystemException(from.toString(), to.toString(), "not on the same mount");
        }
        mounts.get(source.mountPoint()).rename(source.inner(), target.inner());
    }

    /** The space of the volume mounted at {@code /}; nothing when {@code /} only holds mount points. */
    @Override
    public SpaceInfo space() throws IOException {
        Volume root = mounts.get(VolumePath.ROOT);
        return root != null ? root.space() : new SpaceInfo("none", 0, 0, 0);
    }

    @Override
    public void flush() throws IOException {
        for (Volume mount : mounts.values()) {
            mount.flush();
        }
    }

    @Override
    public void close() {
    }

    private MountTable.Placement placement(VolumePath path) throws IOException {
        return table.place(path).orElseThrow(() -> outside(path));
    }

    /** Where a change to {@code path} goes; mount points and the directories above them stay. */
    private MountTable.Placement changeable(VolumePath path) throws IOException {
        if (table.isAboveMounts(path) || table.isMountPoint(path)) {
            throw new FileSystemException(path.toString(), null, "a mount point of the camera cannot be changed");
        }
        return placement(path);
    }

    private NoSuchFileException outside(VolumePath path) {
        return new NoSuchFileException(path.toString(), null, "not on any mount of the camera (mounts: "
                + table.describe() + ")");
    }

    private static FileEntry moved(VolumePath mountPoint, FileEntry entry) {
        return new FileEntry(mountPoint.resolve(entry.path()), entry.type(), entry.size(), entry.modified());
    }
}
