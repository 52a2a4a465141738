package io.flashdeck.core.volume;

import java.io.IOException;
import java.io.InputStream;

/** Takes the files of a {@link Volume#readAll} batch one after another. */
@FunctionalInterface
public interface BatchReader {

    /**
     * Reads the content of the batch's file number {@code index}. The stream is only valid
     * during the call; what is left unread is skipped.
     */
    void read(int index, InputStream content) throws IOException;
}
