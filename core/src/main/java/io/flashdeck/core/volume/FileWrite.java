package io.flashdeck.core.volume;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One file of a {@link Volume#writeAll} batch: where it goes, how long it is, how it is stored,
 * and its content, opened only when the file's turn comes (so a batch of many files holds at
 * most one source open).
 *
 * @param path    the target file
 * @param length  bytes the content supplies
 * @param options time and progress, as for {@link Volume#write}
 * @param content opens the content; the volume closes what it opened
 */
public record FileWrite(VolumePath path, long length, WriteOptions options, Content content) {

    /** Opens a file's content when it is about to be written. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public FileWrite {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(content, "content");
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length + " for " + path);
        }
    }
}
