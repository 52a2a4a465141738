package io.flashdeck.core.fat;

import io.flashdeck.core.fat.dir.DirEntry;
import io.flashdeck.core.fat.dir.DirectoryRecord;
import io.flashdeck.core.fat.dir.ShortName;
import io.flashdeck.core.fat.table.ChainCursor;
import io.flashdeck.core.fat.table.ClusterRun;
import io.flashdeck.core.fat.tree.Directory;
import io.flashdeck.core.fat.tree.EntryName;
import io.flashdeck.core.fat.tree.Located;
import io.flashdeck.core.fat.tree.PathResolver;
import io.flashdeck.core.volume.CorruptVolumeException;
import io.flashdeck.core.volume.VolumePath;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.util.Optional;

/**
 * Makes, removes and renames entries in an order that survives a power cut: a new directory's
 * cluster is complete before its entry appears, a renamed entry's new name is written before the
 * old one goes (a cut may leave both, never neither), and clusters are freed only after no entry
 * refers to them.
 */
final class TreeEditor {

    private final WriteContext context;
    private final FatFileSystem fs;
    private final PathResolver resolver;

    TreeEditor(WriteContext context) {
        this.context = context;
        this.fs = context.fs();
        this.resolver = fs.resolver();
    }

    void mkdir(VolumePath path) throws IOException {
        context.checkWritable();
        if (path.isRoot()) {
            throw new FileAlreadyExistsException("/");
        }
        Directory parent = resolver.directory(path.parent());
        if (parent.find(path.name()).isPresent()) {
            throw new FileAlreadyExistsException(path.toString());
        }
        EntryName name = parent.nameFor(context.storedName(path));
        context.requireClusters(1 + parent.growthFor(name.slotCount()));

        long cluster = fs.allocator().allocate(1).first();
        byte[] content = new byte[fs.clusters().clusterBytes()];
        context.stamps().newDirectory(ShortName.DOT, cluster).encode(content, 0);
        context.stamps().newDirectory(ShortName.DOTDOT, parent.location().dotDotCluster()).encode(content, DirEntry.SIZE);
        fs.clusters().write(new ClusterRun(cluster, 1), 0, ByteBuffer.wrap(content));
        parent.add(name, context.stamps().newDirectory(name.shortName(), cluster));
        fs.sync();
    }

    void delete(VolumePath path) throws IOException {
        context.checkWritable();
        if (path.isRoot()) {
            throw new FileSystemException("/", null, "the root directory cannot be deleted");
        }
        Located located = resolver.locate(path);
        Optional<Directory> directory = located.isDirectory() ? Optional.of(resolver.directory(located)) : Optional.empty();
        if (directory.isPresent() && !directory.get().entries().isEmpty()) {
            throw new DirectoryNotEmptyException(path.toString());
        }
        long first = fs.directories().firstCluster(located.record().entry());
        try {
            ChainCursor.length(fs.fat(), first);
        } catch (CorruptVolumeException e) {
            throw Damage.in(path, e);
        }
        located.parent().remove(located.record());
        if (directory.isPresent()) {
            fs.directories().forget(directory.get().location());
        }
        fs.allocator().free(first);
        fs.sync();
    }

    void rename(VolumePath from, VolumePath to) throws IOException {
        context.checkWritable();
        if (from.isRoot() || to.isRoot()) {
            throw new FileSystemException(from.toString(), to.toString(), "the root directory cannot be renamed");
        }
        Located source = resolver.locate(from);
        if (from.equals(to)) {
            return;
        }
        Directory target = resolver.directory(to.parent());
        if (source.isDirectory()) {
            refuseMoveIntoItself(source, to);
        }
        boolean sameParent = target.location().equals(source.parent().location());
        if (sameParent) {
            target = source.parent();
        }
        Optional<DirectoryRecord> existing = target.find(to.name());
        boolean caseChangeOnly = sameParent && existing.isPresent()
                && existing.get().shortSlot() == source.record().shortSlot();
        if (existing.isPresent() && !caseChangeOnly) {
            throw new FileAlreadyExistsException(to.toString());
        }
        EntryName name = target.nameFor(context.storedName(to));
        context.requireClusters(target.growthFor(name.slotCount()));

        DirEntry entry = source.parent().entryOf(source.record());
        if (!entry.isDirectory()) {
            entry.setAttributes(entry.attributes() | DirEntry.ATTR_ARCHIVE);
        }
        target.add(name, entry);
        if (entry.isDirectory() && !sameParent) {
            pointDotDotAt(resolver.directory(entry, to), target);
        }
        source.parent().remove(source.record());
        fs.sync();
    }

    /**
     * Refuses to move a directory below itself, which would cut it off the tree in a loop. The
     * check compares clusters along the target's path, so differently cased paths cannot slip by.
     */
    private void refuseMoveIntoItself(Located source, VolumePath to) throws IOException {
        long moved = fs.directories().firstCluster(source.record().entry());
        for (VolumePath ancestor = to.parent(); !ancestor.isRoot(); ancestor = ancestor.parent()) {
            if (resolver.directory(ancestor).location().firstCluster() == moved) {
                throw new FileSystemException(source.path().toString(), to.toString(),
                        "a directory cannot move into itself");
            }
        }
    }

    /** Makes the {@code ..} entry of a moved directory name its new parent. */
    private static void pointDotDotAt(Directory moved, Directory newParent) throws IOException {
        Optional<DirectoryRecord> dotDot = moved.dotDot();
        if (dotDot.isPresent()) {
            DirEntry entry = moved.entryOf(dotDot.get());
            entry.setFirstCluster((int) newParent.location().dotDotCluster());
            moved.update(dotDot.get(), entry);
        }
    }
}
