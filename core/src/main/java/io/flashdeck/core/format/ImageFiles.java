package io.flashdeck.core.format;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Creates disk image files; they are sparse, so a 2 TiB image costs nothing until written. */
public final class ImageFiles {

    private ImageFiles() {
    }

    /** Creates a new image of {@code sizeBytes} zero bytes; refuses to replace an existing file. */
    public static void create(Path file, long sizeBytes) throws IOException {
        create(file, sizeBytes, false);
    }

    /**
     * Creates an image of {@code sizeBytes} zero bytes.
     *
     * @param overwrite whether an existing file may be replaced (its content is discarded)
     * @throws FileAlreadyExistsException when the file exists and {@code overwrite} is false
     */
    public static void create(Path file, long sizeBytes, boolean overwrite) throws IOException {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("an image needs a size greater than zero, not " + sizeBytes);
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory");
        }
        if (overwrite) {
            Files.deleteIfExists(file);
        }
        // CREATE_NEW fails atomically when the file exists, so no other image is ever clobbered.
        try {
            Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file.toString(), null, "the file exists; it is replaced only when asked");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(sizeBytes);
        }
    }
}
