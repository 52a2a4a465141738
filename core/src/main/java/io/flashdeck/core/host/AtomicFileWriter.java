package io.flashdeck.core.host;

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
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;

/**
 * Writes a host file so that it is never seen half-written: the content goes to a temporary file
 * in the same directory ({@code .NAME.flashdeck-tmp-RANDOM}), is forced to the disk, and only then
 * replaces the target in one atomic rename. On any failure the temporary file is removed and an
 * existing target keeps its old content.
 */
final class AtomicFileWriter {

    static final String TEMP_MARKER = ".flashdeck-tmp-";
    /** Keeps temporary names well inside the 255-byte name limit of common file systems. */
    private static final int MAX_NAME_PART = 40;
    private static final int BUFFER_SIZE = 64 * 1024;

    private AtomicFileWriter() {
    }

    static void write(Path target, InputStream content, long length, WriteOptions options) throws IOException {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        Path temp = createTemp(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                copyExactly(content, channel, length, options.progress());
                channel.force(true);
            }
            keepPermissions(target, temp);
            if (options.modified() != null) {
                Files.setLastModifiedTime(temp, HostAttributes.fileTime(options.modified()));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static Path createTemp(Path target) throws IOException {
        String name = target.getFileName().toString();
        String prefix = "." + name.substring(0, Math.min(name.length(), MAX_NAME_PART)) + TEMP_MARKER;
        while (true) {
            Path temp = target.resolveSibling(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // another random name; a clash is vanishingly rare
            }
        }
    }

    private static void copyExactly(InputStream content, FileChannel channel, long length, LongConsumer progress)
            throws IOException {
        byte[] buffer = new byte[(int) Math.min(BUFFER_SIZE, Math.max(length, 1))];
        long written = 0;
        while (written < length) {
            int n = content.read(buffer, 0, (int) Math.min(buffer.length, length - written));
            if (n < 0) {
                throw new EOFException("content ended after " + written + " of " + length + " bytes");
            }
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                channel.write(chunk);
            }
            written += n;
            progress.accept(written);
        }
    }

    /** A replaced file keeps its access bits, as {@code cp} onto an existing file does. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null && Files.exists(target)) {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        }
    }
}
