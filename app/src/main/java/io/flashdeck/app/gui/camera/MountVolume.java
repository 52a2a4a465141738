package io.flashdeck.app.gui.camera;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A camera's mount as one volume for the whole run, whatever connection it goes through: each
 * call goes to the mount of the camera as connected now, connecting first when it is not. Panes
 * and transfers keep this object across an eject or a hard reset, and a call made while the
 * camera restarts waits until it is back.
 */
final class MountVolume implements Volume {

    private final CameraConnection connection;
    private final VolumePath mountPoint;
    private final String name;
    /** As the mount last said: asked on the FX thread, which must not wait for the camera. */
    private volatile boolean readOnly;

    /** @param name for messages, as the command line names the mount ({@code emu:/flash}) */
    MountVolume(CameraConnection connection, String mountPoint, String name) {
        this.connection = connection;
        this.mountPoint = VolumePath.parse(mountPoint);
        this.name = name;
    }

    private Volume now() throws IOException {
        Volume volume = connection.camera().volume(mountPoint);
        readOnly = volume.isReadOnly();
        return volume;
    }

    @Override
    public String name() {
        return name;
    }

    /** As of the last call; a mount not yet reached is taken as writable, as a camera's usually are. */
    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public FileEntry stat(VolumePath path) throws IOException {
        return now().stat(path);
    }

    @Override
    public List<FileEntry> list(VolumePath directory) throws IOException {
        return now().list(directory);
    }

    @Override
    public InputStream openRead(VolumePath file) throws IOException {
        return now().openRead(file);
    }

    @Override
    public void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
        now().write(file, content, length, options);
    }

    @Override
    public void mkdir(VolumePath directory) throws IOException {
        now().mkdir(directory);
    }

    @Override
    public void delete(VolumePath path) throws IOException {
        now().delete(path);
    }

    @Override
    public void rename(VolumePath from, VolumePath to) throws IOException {
        now().rename(from, to);
    }

    @Override
    public SpaceInfo space() throws IOException {
        return now().space();
    }

    /** Hashed on the camera: only the digest crosses the link. */
    @Override
    public byte[] sha256(VolumePath file) throws IOException {
        return now().sha256(file);
    }

    @Override
    public void flush() throws IOException {
        now().flush();
    }

    /** Nothing to release: the connection belongs to the camera's entry in the sidebar. */
    @Override
    public void close() {
    }
}
