package io.flashdeck.serial.emu;

import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MicroPython's {@code os} module on the camera: byte paths through the VFS (a virtual root with
 * a FAT volume mounted at each mount point) into FatFs, with FatFs's answers and MicroPython's
 * errno for its failures. Only the camera's interpreter thread calls it.
 */
final class CameraOs {

    /** {@code os.stat}: a directory or a file, its size, its time (null when it has none). */
    record Stat(boolean directory, long size, LocalDateTime modified) {
    }

    /** One {@code os.ilistdir} entry. */
    record Item(byte[] name, boolean directory, long size) {
    }

    /** {@code os.statvfs}: cluster size, cluster count, free clusters. */
    record Usage(long blockSize, long blocks, long free) {
    }

    /** FatFs's fixed time for the root of a volume: 2000-01-01 00:00. */
    private static final LocalDateTime ROOT_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final CameraStorage storage;

    CameraOs(CameraStorage storage) {
        this.storage = storage;
    }

    Stat stat(byte[] path) throws PyException {
        FatPath at = FatPath.of(storage, path);
        if (at.isVirtualRoot()) {
            return new Stat(true, 0, null);
        }
        if (at.isMountRoot()) {
            return new Stat(true, 0, ROOT_TIME);
        }
        DirectoryRecord record = at.locate().record();
        boolean directory = record.entry().isDirectory();
        return new Stat(directory, directory ? 0 : record.entry().size(), record.entry().modified());
    }

    List<Item> ilistdir(byte[] path) throws PyException {
        FatPath at = FatPath.of(storage, path);
        List<Item> items = new ArrayList<>();
        if (at.isVirtualRoot()) {
            for (Mount mount : storage.mounts()) {
                items.add(new Item(mount.path().substring(1).getBytes(StandardCharsets.UTF_8), true, 0));
            }
            return items;
        }
        for (DirectoryRecord record : at.entries(at.directory())) {
            boolean directory = record.entry().isDirectory();
            items.add(new Item(FatNames.bytesOf(record), directory, directory ? 0 : record.entry().size()));
        }
        return items;
    }

    void mkdir(byte[] path) throws PyException {
        FatPath at = FatPath.of(storage, path);
        if (at.isVirtualRoot() || at.isMountRoot()) {
            throw PyException.os("EEXIST");
        }
        VolumePath target = at.newEntry();
        try {
            at.volume().mkdir(target);
        } catch (IOException e) {
            throw OsErrors.of(e, "EACCES");
        }
    }

    /** {@code os.remove}: a file only. */
    void remove(byte[] path) throws PyException {
        delete(path, false);
    }

    /** {@code os.rmdir}: an empty directory only. */
    void rmdir(byte[] path) throws PyException {
        delete(path, true);
    }

    void rename(byte[] from, byte[] to) throws PyException {
        FatPath source = FatPath.of(storage, from);
        FatPath target = FatPath.of(storage, to);
        if (source.isVirtualRoot() || target.isVirtualRoot() || source.mount() != target.mount()) {
            throw PyException.os("EPERM"); // MicroPython renames within one file system only
        }
        if (source.isMountRoot() || target.isMountRoot()) {
            throw PyException.os("EINVAL");
        }
        FatPath.Found found = source.locate();
        Optional<FatPath.Found> existing = target.find();
        if (existing.isPresent() && existing.get().record().shortSlot() != found.record().shortSlot()) {
            throw PyException.os("EEXIST");
        }
        try {
            source.volume().rename(found.path(), target.newName());
        } catch (IOException e) {
            throw OsErrors.of(e, "EACCES");
        }
    }

    Usage statvfs(byte[] path) throws PyException {
        FatPath at = FatPath.of(storage, path);
        if (at.isVirtualRoot()) {
            return new Usage(0, 0, 0);
        }
        FatFileSystem fs = at.volume().fileSystem();
        try {
            return new Usage(fs.clusters().clusterBytes(), fs.bootSector().clusterCount(), fs.allocator().freeClusters());
        } catch (IOException e) {
            throw OsErrors.of(e, "EIO");
        }
    }

    InputStream openRead(byte[] path) throws PyException {
        FatPath at = FatPath.of(storage, path);
        if (at.isVirtualRoot() || at.isMountRoot()) {
            throw PyException.os("ENOENT");
        }
        FatPath.Found found = at.locate();
        if (found.record().entry().isDirectory()) {
            throw PyException.os("ENOENT"); // FatFs opens files only
        }
        try {
            return at.volume().openRead(found.path());
        } catch (IOException e) {
            throw OsErrors.of(e, "EIO");
        }
    }

    /** {@code open(path, 'wb')}, writing {@code length} bytes of {@code content}, and closing it. */
    void write(byte[] path, InputStream content, long length) throws PyException {
        FatPath at = FatPath.of(storage, path);
        if (at.isVirtualRoot() || at.isMountRoot()) {
            throw PyException.os("EACCES");
        }
        Optional<FatPath.Found> existing = at.find();
        if (existing.isPresent() && existing.get().record().entry().isDirectory()) {
            throw PyException.os("EACCES");
        }
        VolumePath file = existing.isPresent() ? existing.get().path() : at.newEntry();
        try {
            at.volume().write(file, content, length, WriteOptions.DEFAULT);
        } catch (IOException e) {
            throw OsErrors.of(e, "ENOSPC");
        }
    }

    /** {@code os.sync()}. */
    void sync() throws PyException {
        try {
            storage.flush();
        } catch (IOException e) {
            throw OsErrors.of(e, "EIO");
        }
    }

    private void delete(byte[] path, boolean directory) throws PyException {
        FatPath at = FatPath.of(storage, path);
        if (at.isVirtualRoot() || at.isMountRoot()) {
            throw PyException.os("EPERM");
        }
        FatPath.Found found = at.locate();
        boolean isDirectory = found.record().entry().isDirectory();
        if (isDirectory != directory) {
            throw PyException.os(isDirectory ? "EISDIR" : "ENOTDIR");
        }
        FatVolume volume = at.volume();
        try {
            volume.delete(found.path());
        } catch (IOException e) {
            throw OsErrors.of(e, "EACCES");
        }
    }
}
