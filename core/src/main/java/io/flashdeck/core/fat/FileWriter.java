package io.flashdeck.core.fat;

import io.flashdeck.core.fat.data.ChainWriter;
import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.table.ChainCursor;
import io.flashdeck.core.fat.tree.Directory;
import io.flashdeck.core.fat.tree.EntryName;
import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.util.Optional;

/**
 * Creates or replaces a file so that a power cut at any block write leaves every file that
 * existed before intact: new content goes into clusters nobody refers to, the FAT links them, one
 * directory write switches the entry over, and only then is the old chain freed.
 */
final class FileWriter {

    /** FAT's size field has 32 bits. */
    static final long MAX_FILE_SIZE = 0xFFFF_FFFFL;

    private final WriteContext context;
    private final FatFileSystem fs;
    private final ChainWriter chainWriter;

    FileWriter(WriteContext context) {
        this.context = context;
        this.fs = context.fs();
        this.chainWriter = new ChainWriter(fs.allocator(), fs.clusters());
    }

    void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
        context.checkWritable();
        if (length < 0 || length > MAX_FILE_SIZE) {
            throw new FileSystemException(file.toString(), null, "a FAT file holds 0 to " + MAX_FILE_SIZE
                    + " bytes, not " + length);
        }
        Directory parent = fs.resolver().directory(file.parent());
        Optional<DirectoryRecord> existing = parent.find(file.name());
        long oldFirst = existing.map(record -> fs.directories().firstCluster(record.entry())).orElse(0L);
        EntryName name = null;
        long growth = 0;
        if (existing.isPresent()) {
            if (existing.get().entry().isDirectory()) {
                throw new FileSystemException(file.toString(), null, "is a directory");
            }
            try {
                ChainCursor.length(fs.fat(), oldFirst);
            } catch (CorruptVolumeException e) {
                throw Damage.in(file, e);
            }
        } else {
            name = parent.nameFor(context.storedName(file));
            growth = parent.growthFor(name.slotCount());
        }
        context.requireClusters(chainWriter.clustersFor(length) + growth);

        long first = chainWriter.write(content, length, options.progress());
        if (existing.isPresent()) {
            DirEntry entry = parent.entryOf(existing.get());
            context.stamps().rewrite(entry, first, length, options.modified());
            parent.update(existing.get(), entry);
            fs.allocator().free(oldFirst);
        } else {
            parent.add(name, context.stamps().newFile(name.shortName(), first, length, options.modified()));
        }
        fs.sync();
    }
}
