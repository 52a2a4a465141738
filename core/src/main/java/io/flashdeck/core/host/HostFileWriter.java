package io.flashdeck.core.host;

import io.flashdeck.core.volume.ChannelContent;
import io.flashdeck.core.volume.WriteOptions;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;

/**
 * Writes a host file so that no one finds it half-written under its name where that costs
 * little, and so that a replaced file never loses its old content:
 * <ul>
 * <li>A file that exists is replaced atomically: the content goes to a temporary file in the
 *     same directory ({@code .NAME.flashdeck-tmp-RANDOM}) that replaces the target in one rename
 *     only when complete. On any failure the temporary file is removed and the old file stays.</li>
 * <li>A new file is created under its own name, never over anything that appeared meanwhile, and
 *     removed again when the write fails or FlashDeck is stopped while it writes (see
 *     {@link UnfinishedFiles}), as {@code cp}, {@code tar} and mtools leave no file either. A
 *     temporary name and rename for every new file made extracting thousands of small files a
 *     third slower, and would guard only against a hard kill: after a power cut a new file's
 *     content is lost either way unless each file is forced to the disk.</li>
 * </ul>
 */
final class HostFileWriter {

    static final String TEMP_MARKER = ".flashdeck-tmp-";
    /** Keeps temporary names well inside the 255-byte name limit of common file systems. */
    private static final int MAX_NAME_PART = 40;
    private static final int BUFFER_SIZE = 64 * 1024;

    private HostFileWriter() {
    }

    /** Writes a new file under its name; false, having written nothing, when something is there already. */
    static boolean create(Path target, InputStream content, long length, WriteOptions options)
            throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException appeared) {
            return false;
        }
        UnfinishedFiles.started(target);
        try {
            fill(target, channel, content, length, options);
        } catch (IOException | RuntimeException e) {
            removeAfter(e, target);
            throw e;
        } finally {
            UnfinishedFiles.finished(target);
        }
        return true;
    }

    /** Replaces {@code target} as a whole; {@code keepPermissions} gives the new file the old one's access bits. */
    static void replace(Path target, boolean keepPermissions, InputStream content, long length,
            WriteOptions options) throws IOException {
        TempFile temp = TempFile.create(target);
        try {
            fill(temp.path(), temp.channel(), content, length, options);
            if (keepPermissions) {
                keepPermissions(target, temp.path());
            }
            Files.move(temp.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            removeAfter(e, temp.path());
            throw e;
        }
    }

    /** Writes exactly {@code length} bytes of {@code content} to {@code file} through {@code channel}, which it closes. */
    private static void fill(Path file, FileChannel channel, InputStream content, long length, WriteOptions options)
            throws IOException {
        try (channel) {
            copyExactly(content, channel, length, options.progress());
        }
        if (options.modified() != null) {
            setModified(file, HostAttributes.fileTime(options.modified()));
        }
    }

    private static void removeAfter(Exception failure, Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /** A new temporary file beside the target, created and opened in one call (opening files is costly). */
    private record TempFile(Path path, FileChannel channel) {

        static TempFile create(Path target) throws IOException {
            String name = target.getFileName().toString();
            String prefix = "." + name.substring(0, Math.min(name.length(), MAX_NAME_PART)) + TEMP_MARKER;
            while (true) {
                Path temp = target.resolveSibling(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()));
                try {
                    return new TempFile(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE));
                } catch (FileAlreadyExistsException taken) {
                    // another random name; a clash is vanishingly rare
                }
            }
        }
    }

    /** Moves the next bytes, at most {@code max}, into the file; how many, 0 or less at the content's end. */
    @FunctionalInterface
    private interface Chunk {
        long move(long max) throws IOException;
    }

    /**
     * Moves exactly {@code length} bytes: content that can send itself to a channel lets the
     * system copy file to file; other content passes through one buffer.
     */
    private static void copyExactly(InputStream content, FileChannel channel, long length, LongConsumer progress)
            throws IOException {
        if (content instanceof ChannelContent direct) {
            moveExactly(max -> direct.transferTo(channel, max), length, progress);
            return;
        }
        byte[] buffer = new byte[(int) Math.min(BUFFER_SIZE, Math.max(length, 1))];
        moveExactly(max -> {
            int n = content.read(buffer, 0, (int) Math.min(buffer.length, max));
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, Math.max(n, 0));
            while (chunk.hasRemaining()) {
                channel.write(chunk);
            }
            return n;
        }, length, progress);
    }

    private static void moveExactly(Chunk chunk, long length, LongConsumer progress) throws IOException {
        long written = 0;
        while (written < length) {
            long n = chunk.move(length - written);
            if (n <= 0) {
                throw new EOFException("content ended after " + written + " of " + length + " bytes");
            }
            written += n;
            progress.accept(written);
        }
    }

    /**
     * Sets the modified time of our new file (no link). {@code File.setLastModified} takes two
     * system calls where the attribute view opens the file, sets and closes it: a sixth of the
     * calls per small file extracted. It only says whether it worked, and takes no time before
     * 1970, so those cases go through the view, which says why it fails.
     */
    private static void setModified(Path file, FileTime modified) throws IOException {
        long millis = modified.toMillis();
        if (millis < 0 || !file.toFile().setLastModified(millis)) {
            Files.getFileAttributeView(file, BasicFileAttributeView.class).setTimes(modified, null, null);
        }
    }

    /** A replaced file keeps its access bits, as {@code cp} onto an existing file does. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        }
    }
}
