package io.flashdeck.core.volume;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A tree of files and directories: a FAT image, a camera mount, or the host file system.
 *
 * <p>Everything above this interface (copy, move, sync, verify, the command line and the GUI) is
 * written once against it. Paths are absolute within the volume. Failures are {@link IOException}s,
 * preferably the specific {@code java.nio.file} ones ({@link NoSuchFileException},
 * {@code FileAlreadyExistsException}, {@code NotDirectoryException},
 * {@code DirectoryNotEmptyException}) or {@link VolumeFullException} / {@link CorruptVolumeException}.
 */
public interface Volume extends Closeable {

    /** Short human-readable name, such as {@code flash.img} or {@code cam:/flash}. */
    String name();

    boolean isReadOnly();

    /**
     * Whether several threads may use this volume at once, each on its own files, reading the
     * streams it opened included; copies then overlap files. No by default: a camera answers one
     * request at a time over its link.
     */
    default boolean allowsConcurrentUse() {
        return false;
    }

    /** The entry at {@code path}; the root is a directory. */
    FileEntry stat(VolumePath path) throws IOException;

    /** Like {@link #stat} but empty when nothing is there. */
    default Optional<FileEntry> find(VolumePath path) throws IOException {
        try {
            return Optional.of(stat(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The entries of a directory, without {@code .} and {@code ..}, in on-disk order. */
    List<FileEntry> list(VolumePath directory) throws IOException;

    /** Streams a file's content. The caller closes the stream. */
    InputStream openRead(VolumePath file) throws IOException;

    /**
     * Creates or replaces a file with exactly {@code length} bytes read from {@code content}.
     *
     * <p>Atomic where the medium allows: until the new content is complete, an existing file keeps
     * its old content, and a failure (short stream, full volume, cut link) leaves no partial file
     * under {@code file}. The parent directory must exist.
     */
    void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException;

    /**
     * How many files one {@link #writeAll} or {@link #readAll} call should carry. Above 1 where
     * every call costs a round trip over a slow link (a camera), so that small files travel
     * several per call; 1 where a batch is no faster than its files one by one.
     */
    default int filesPerBatch() {
        return 1;
    }

    /**
     * Writes several files in order, each as {@link #write} would (atomically), telling
     * {@code written} each one's index once it is in place. Stops at the first failure and
     * throws it: the files before it are written, that one and the ones after it are untouched.
     */
    default void writeAll(List<FileWrite> files, IntConsumer written) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            FileWrite file = files.get(i);
            try (InputStream content = file.content().open()) {
                write(file.path(), content, file.length(), file.options());
            }
            written.accept(i);
        }
    }

    /**
     * Reads several files in order, handing each one's content to {@code reader}. Stops at the
     * first failure, the reader's included, and throws it. The reader must not use this volume.
     */
    default void readAll(List<VolumePath> files, BatchReader reader) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            try (InputStream content = openRead(files.get(i))) {
                reader.read(i, content);
            }
        }
    }

    /** Creates one directory; its parent must exist. */
    void mkdir(VolumePath directory) throws IOException;

    /** Deletes a file or an empty directory. */
    void delete(VolumePath path) throws IOException;

    /** Renames or moves within this volume; the target must not exist. */
    void rename(VolumePath from, VolumePath to) throws IOException;

    SpaceInfo space() throws IOException;

    /** SHA-256 of a file's content; volumes that can hash remotely override this. */
    default byte[] sha256(VolumePath file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        try (InputStream in = openRead(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    /** Makes everything written so far durable on the medium. */
    void flush() throws IOException;
}
