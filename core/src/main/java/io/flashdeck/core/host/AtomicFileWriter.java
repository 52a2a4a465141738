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
 * Writes a host file so that it is never seen half-written: the content goes to a temporary file
 * in the same directory ({@code .NAME.flashdeck-tmp-RANDOM}) and only when complete replaces the
 * target in one atomic rename. On any failure the temporary file is removed and an
 * existing target keeps its old content.
 */
final class AtomicFileWriter {

    static final String TEMP_MARKER = ".flashdeck-tmp-";
    /** Keeps temporary names well inside the 255-byte name limit of common file systems. */
    private static final int MAX_NAME_PART = 40;
    private static final int BUFFER_SIZE = 64 * 1024;

    private AtomicFileWriter() {
    }

    /** Writes {@code target}; {@code replacing} says a file is there, whose access bits the new one keeps. */
    static void write(Path target, boolean replacing, InputStream content, long length, WriteOptions options)
            throws IOException {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        TempFile temp = TempFile.create(target);
        try {
            try (FileChannel channel = temp.channel()) {
                copyExactly(content, channel, length, options.progress());
            }
            if (replacing) {
                keepPermissions(target, temp.path());
            }
            if (options.modified() != null) {
                // The file is our new one, no link; the access time goes along (as unzip and tar set it),
                // since keeping it would cost one more look-up per file.
                FileTime modified = HostAttributes.fileTime(options.modified());
                Files.getFileAttributeView(temp.path(), BasicFileAttributeView.class).setTimes(modified, modified, null);
            }
            Files.move(temp.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp.path());
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
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

    /** A replaced file keeps its access bits, as {@code cp} onto an existing file does. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        }
    }
}
