package io.flashdeck.core.fat;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A FAT12/16/32 volume (an image file, a partition of one, a card) as a {@link Volume}: names are
 * shown by the display rule and stored in the chosen {@link io.flashdeck.core.fat.name.NameStyle},
 * and every change is ordered so that a power cut never loses a file that existed before.
 *
 * <p>Calls are serialised; closing the volume closes the device.
 */
public final class FatVolume implements Volume {

    private final String name;
    private final FatFileSystem fs;
    private final FileWriter writer;
    private final TreeEditor editor;
    private final LabelEditor label;

    private FatVolume(String name, FatFileSystem fs, FatOptions options) {
        this.name = name;
        this.fs = fs;
        WriteContext context = new WriteContext(fs, options, name);
        this.writer = new FileWriter(context);
        this.editor = new TreeEditor(context);
        this.label = new LabelEditor(context);
    }

    /**
     * Opens the FAT volume that fills {@code volume}, shown as {@code name} in messages. The device
     * belongs to the volume from here on: it is closed with it, or at once when opening fails.
     */
    public static FatVolume open(BlockDevice volume, String name, FatOptions options) throws IOException {
        try {
            return new FatVolume(name, FatFileSystem.open(volume, options.readOnly()), options);
        } catch (IOException | RuntimeException e) {
            try {
                volume.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The engine underneath, for inspection and repair. */
    public FatFileSystem fileSystem() {
        return fs;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isReadOnly() {
        return fs.isReadOnly();
    }

    /**
     * A read-only volume only: calls are serialised and open streams read through the thread-safe
     * table cache with positional device reads, so files can be read side by side. Writes would
     * wait for one another, so a writable volume gains nothing and stays sequential.
     */
    @Override
    public boolean allowsConcurrentUse() {
        return isReadOnly();
    }

    /** The volume label as shown, or {@code ""} when there is none. */
    public synchronized String label() throws IOException {
        return label.read();
    }

    /** Sets the label (upper-cased, at most 11 code page 437 characters); {@code ""} removes it. */
    public synchronized void setLabel(String newLabel) throws IOException {
        label.write(newLabel);
    }

    @Override
    public synchronized FileEntry stat(VolumePath path) throws IOException {
        if (path.isRoot()) {
            return new FileEntry(path, EntryType.DIRECTORY, 0, null);
        }
        DirectoryRecord record = fs.resolver().locate(path).record();
        return entry(path.parent().resolve(shownName(record).orElse(path.name())), record);
    }

    @Override
    public synchronized List<FileEntry> list(VolumePath directory) throws IOException {
        List<FileEntry> entries = new ArrayList<>();
        for (DirectoryRecord record : fs.resolver().directory(directory).entries()) {
            Optional<String> shown = shownName(record);
            if (shown.isPresent()) {
                entries.add(entry(directory.resolve(shown.get()), record));
            }
        }
        return entries;
    }

    @Override
    public synchronized InputStream openRead(VolumePath file) throws IOException {
        return fs.openRead(fs.resolver().locate(file));
    }

    @Override
    public synchronized void write(VolumePath file, InputStream content, long length, WriteOptions options)
            throws IOException {
        writer.write(file, content, length, options);
    }

    @Override
    public synchronized void mkdir(VolumePath directory) throws IOException {
        editor.mkdir(directory);
    }

    @Override
    public synchronized void delete(VolumePath path) throws IOException {
        editor.delete(path);
    }

    @Override
    public synchronized void rename(VolumePath from, VolumePath to) throws IOException {
        editor.rename(from, to);
    }

    @Override
    public synchronized SpaceInfo space() throws IOException {
        long clusterBytes = fs.clusters().clusterBytes();
        return new SpaceInfo(fs.type().displayName(), fs.bootSector().layout().dataBytes(),
                fs.allocator().freeClusters() * clusterBytes, clusterBytes);
    }

    @Override
    public synchronized void flush() throws IOException {
        fs.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        fs.close();
    }

    /**
     * The name to list an entry under: its display name, or its 8.3 name when a damaged long name
     * cannot be a path element ({@code "/"}, NUL, {@code ".."}); nothing when neither can.
     */
    private static Optional<String> shownName(DirectoryRecord record) {
        String name = record.displayName();
        if (isPathElement(name)) {
            return Optional.of(name);
        }
        String shortName = record.entry().shortName().toDisplayName(record.entry().ntCase());
        return isPathElement(shortName) ? Optional.of(shortName) : Optional.empty();
    }

    private static boolean isPathElement(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\0') < 0;
    }

    private static FileEntry entry(VolumePath path, DirectoryRecord record) {
        boolean directory = record.entry().isDirectory();
        return new FileEntry(path, directory ? EntryType.DIRECTORY : EntryType.FILE,
                directory ? 0 : record.entry().size(), record.entry().modified());
    }
}
