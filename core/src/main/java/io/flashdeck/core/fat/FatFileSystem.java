package io.flashdeck.core.fat;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.data.ChainInputStream;
import io.flashdeck.core.fat.data.ClusterIo;
import io.flashdeck.core.fat.table.ClusterAllocator;
import io.flashdeck.core.fat.table.FatTable;
import io.flashdeck.core.fat.table.FsInfoSector;
import io.flashdeck.core.fat.tree.DirectoryStore;
import io.flashdeck.core.fat.tree.Located;
import io.flashdeck.core.fat.tree.PathResolver;
import io.flashdeck.core.volume.CorruptVolumeException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.util.Optional;

/**
 * A FAT12/16/32 volume on a block device that is exactly the volume (boot sector at offset 0):
 * the parts of the engine, wired together, for {@link FatVolume} and for tools that inspect or
 * repair the structures (boot sector, every FAT copy, FSInfo, clusters, raw directories).
 *
 * <p>Opening reads the boot sector and FSInfo only; the table is read page by page as needed.
 */
public final class FatFileSystem implements Closeable {

    private final BlockDevice device;
    private final boolean readOnly;
    private final BootSector boot;
    private final FatTable fat;
    private final Optional<FsInfoSector> fsInfo;
    private final ClusterAllocator allocator;
    private final ClusterIo clusters;
    private final DirectoryStore directories;
    private final PathResolver resolver;

    private FatFileSystem(BlockDevice device, boolean readOnly, BootSector boot) throws IOException {
        this.device = device;
        this.readOnly = readOnly || device.isReadOnly();
        this.boot = boot;
        this.fat = new FatTable(device, boot);
        this.fsInfo = FsInfoSector.of(device, boot);
        this.allocator = new ClusterAllocator(fat, fsInfo);
        this.clusters = new ClusterIo(device, boot.layout());
        this.directories = new DirectoryStore(device, boot, fat, allocator, clusters);
        this.resolver = new PathResolver(directories);
    }

    /** Opens the FAT volume that fills {@code device}; a read-only one never writes, not even FSInfo. */
    public static FatFileSystem open(BlockDevice device, boolean readOnly) throws IOException {
        if (device.size() < BootSector.SIZE) {
            throw new CorruptVolumeException("the volume is only " + device.size()
                    + " bytes, too small to hold a boot sector");
        }
        return new FatFileSystem(device, readOnly, BootSector.parse(device.read(0, BootSector.SIZE), device.size()));
    }

    public BlockDevice device() {
        return device;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public BootSector bootSector() {
        return boot;
    }

    public FatType type() {
        return boot.fatType();
    }

    /** The allocation table (every copy). */
    public FatTable fat() {
        return fat;
    }

    /** The FSInfo sector, on FAT32 volumes that have one. */
    public Optional<FsInfoSector> fsInfo() {
        return fsInfo;
    }

    public ClusterAllocator allocator() {
        return allocator;
    }

    public ClusterIo clusters() {
        return clusters;
    }

    /** Raw directory access: read whole directories, write slots back. */
    public DirectoryStore directories() {
        return directories;
    }

    public PathResolver resolver() {
        return resolver;
    }

    /** The content of a located file. */
    public InputStream openRead(Located file) throws IOException {
        if (file.isDirectory()) {
            throw new FileSystemException(file.path().toString(), null, "is a directory");
        }
        return new ChainInputStream(fat, clusters, directories.firstCluster(file.record().entry()),
                file.record().entry().size(), file.path());
    }

    /** Writes pending table changes and FSInfo. */
    public void sync() throws IOException {
        allocator.sync();
    }

    /** Writes everything pending and makes it durable. */
    public void flush() throws IOException {
        if (!readOnly) {
            sync();
            device.flush();
        }
    }

    /** Flushes and closes the device. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            device.close();
        }
    }
}
