package io.flashdeck.serial.device;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Content read completely before an upload starts: in memory when small, else in a host
 * temporary file. Needed when the content is itself a file being read from the same device,
 * which cannot answer reads while it is receiving an upload.
 */
final class Spool implements Closeable {

    private static final long IN_MEMORY = 8L * 1024 * 1024;

    private final byte[] bytes;
    private final Path file;

    private Spool(byte[] bytes, Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    /** Reads exactly {@code length} bytes; a shorter source is an error. */
    static Spool of(InputStream content, long length, String target) throws IOException {
        if (length <= IN_MEMORY) {
            byte[] bytes = content.readNBytes((int) length);
            checkLength(bytes.length, length, target);
            return new Spool(bytes, null);
        }
        Path file = Files.createTempFile("flashdeck-spool", ".bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            long copied = copy(content, out, length);
            checkLength(copied, length, target);
            return new Spool(null, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    private static long copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        while (copied < length) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, length - copied));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    private static void checkLength(long got, long length, String target) throws IOException {
        if (got < length) {
            throw new IOException("the content for " + target + " ended after " + got + " of " + length
                    + " bytes; nothing was written");
        }
    }
}
