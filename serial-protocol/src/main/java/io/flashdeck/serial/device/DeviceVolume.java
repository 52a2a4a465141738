package io.flashdeck.serial.device;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.volume.BatchReader;
import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.FileWrite;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.agent.Agent;
import io.flashdeck.serial.agent.DevicePaths;
import io.flashdeck.serial.agent.MountInfo;
import io.flashdeck.serial.agent.RawEntry;
import io.flashdeck.serial.agent.UploadItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One mount of a camera ({@code /flash}, {@code /sdcard}, or {@code /} on older firmware) as a
 * {@link Volume}, through the session's agent. Names are shown by the display rule and written
 * back as the exact bytes listed; writes are atomic (temporary file, SHA-256 check, swap);
 * hashing happens on the device. Closing the volume leaves the session open: its owner closes it.
 */
public final class DeviceVolume implements Volume {

    /** Files per batch: enough that a folder of small files goes in one or two calls. */
    private static final int BATCH_FILES = 256;

    private final DeviceSession session;
    private final MountInfo mount;
    private final DeviceNames names;

    DeviceVolume(DeviceSession session, MountInfo mount) {
        this.session = session;
        this.mount = mount;
        this.names = new DeviceNames(mount.path());
    }

    @Override
    public String name() {
        return "cam:" + mount.path();
    }

    /** The mount point on the device. */
    public String mountPath() {
        return mount.path();
    }

    @Override
    public boolean isReadOnly() {
        return mount.isReadOnly();
    }

    @Override
    public FileEntry stat(VolumePath path) throws IOException {
        if (path.isRoot()) {
            return new FileEntry(path, EntryType.DIRECTORY, 0, null);
        }
        RawEntry entry = session.call(agent -> agent.stat(resolve(agent, path)));
        return new FileEntry(path, entry.type(), entry.size(), entry.modified());
    }

    @Override
    public List<FileEntry> list(VolumePath directory) throws IOException {
        List<RawEntry> raw = session.call(agent -> {
            byte[] path = resolve(agent, directory);
            List<RawEntry> entries = agent.list(path);
            names.learn(path, entries);
            return entries;
        });
        List<FileEntry> entries = new ArrayList<>(raw.size());
        for (RawEntry entry : raw) {
            VolumePath child = directory.resolve(DisplayNames.fromBytes(entry.name()));
            entries.add(new FileEntry(child, entry.type(), entry.size(), entry.modified()));
        }
        return entries;
    }

    /** Streams the file; other calls on the session may interleave with the reads. */
    @Override
    public InputStream openRead(VolumePath file) throws IOException {
        byte[] path = session.call(agent -> resolve(agent, file));
        return DeviceReadStream.open(session, path, display(file));
    }

    /**
     * Uploads to a temporary file beside the target, checks its SHA-256 on the device and only
     * then swaps it in; a cut link or a full volume leaves the old file (or none) in place. The
     * modification time is the device's clock: MicroPython cannot set file times.
     */
    @Override
    public void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
        checkWritable(file);
        if (session.hasOpenStreams()) {
            // the content may be a file of this same device, which cannot be read during the upload
            try (Spool spool = Spool.of(content, length, display(file)); InputStream in = spool.open()) {
                upload(file, in, length, options);
            }
        } else {
            upload(file, content, length, options);
        }
    }

    /** Small files travel many per device call: each call costs a round trip over the link. */
    @Override
    public int filesPerBatch() {
        return BATCH_FILES;
    }

    /** As {@link #write} for each file, in one device call; contents must not be files of this camera. */
    @Override
    public void writeAll(List<FileWrite> files, IntConsumer written) throws IOException {
        if (session.hasOpenStreams()) {
            Volume.super.writeAll(files, written); // the contents may be this camera's files: one by one, spooled
            return;
        }
        for (FileWrite file : files) {
            checkWritable(file.path());
        }
        session.batch(agent -> {
            List<UploadItem> items = new ArrayList<>(files.size());
            for (FileWrite file : files) {
                items.add(new UploadItem(resolve(agent, file.path()), file.length(), file.content(),
                        file.options().progress()));
            }
            agent.uploadAll(items, written);
            return null;
        });
    }

    /** The files' contents in as few device calls as their paths allow; the reader must not use this camera. */
    @Override
    public void readAll(List<VolumePath> files, BatchReader reader) throws IOException {
        session.batch(agent -> {
            List<byte[]> paths = new ArrayList<>(files.size());
            for (VolumePath file : files) {
                paths.add(resolve(agent, file));
            }
            agent.downloadAll(paths, reader);
            return null;
        });
    }

    @Override
    public void mkdir(VolumePath directory) throws IOException {
        if (directory.isRoot()) {
            throw new FileAlreadyExistsException(display(directory));
        }
        checkWritable(directory);
        session.call(agent -> {
            agent.mkdir(resolve(agent, directory));
            return null;
        });
    }

    @Override
    public void delete(VolumePath path) throws IOException {
        remove(path, false);
    }

    /** Deletes a file or a directory with everything in it, in one call on the device. */
    public void deleteTree(VolumePath path) throws IOException {
        remove(path, true);
    }

    @Override
    public void rename(VolumePath from, VolumePath to) throws IOException {
        checkWritable(from);
        checkWritable(to);
        session.call(agent -> {
            byte[] source = resolve(agent, from);
            agent.rename(source, target(agent, from, source, to));
            names.forget(source);
            return null;
        });
    }

    /** Size and free space from the device's {@code os.statvfs}, fresh on each call. */
    @Override
    public SpaceInfo space() throws IOException {
        for (MountInfo now : session.mounts()) {
            if (now.path().equals(mount.path())) {
                return new SpaceInfo(now.fileSystem(), now.totalBytes(), now.freeBytes(), now.blockSize());
            }
        }
        throw new IOException(name() + " is no longer mounted");
    }

    /** Hashed on the device: only 32 bytes cross the link. */
    @Override
    public byte[] sha256(VolumePath file) throws IOException {
        return session.call(agent -> agent.sha256(resolve(agent, file)));
    }

    @Override
    public void flush() throws IOException {
        session.call(agent -> {
            agent.sync();
            return null;
        });
    }

    /** Nothing to release: the session belongs to whoever opened it. */
    @Override
    public void close() {
    }

    private void upload(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
        session.call(agent -> {
            agent.upload(resolve(agent, file), content, length, options.progress());
            return null;
        });
    }

    private void remove(VolumePath path, boolean recursive) throws IOException {
        checkWritable(path);
        session.call(agent -> {
            byte[] raw = resolve(agent, path);
            agent.remove(raw, recursive);
            names.forget(raw);
            return null;
        });
    }

    /** A move that keeps the name keeps its bytes: the camera's scripts still see the same name. */
    private byte[] target(Agent agent, VolumePath from, byte[] source, VolumePath to) throws IOException {
        if (!to.name().equals(from.name())) {
            return resolve(agent, to);
        }
        return DevicePaths.join(resolve(agent, to.parent()), DevicePaths.name(source));
    }

    private byte[] resolve(Agent agent, VolumePath path) throws IOException {
        return names.resolve(path, agent::list);
    }

    private void checkWritable(VolumePath path) throws IOException {
        if (isReadOnly()) {
            throw new AccessDeniedException(display(path), null, "the volume is read-only");
        }
        if (path.isRoot()) {
            throw new FileSystemException(display(path), null, "the root of a volume cannot be changed");
        }
    }

    private String display(VolumePath path) {
        return name() + (path.isRoot() ? "" : path.toString());
    }
}
