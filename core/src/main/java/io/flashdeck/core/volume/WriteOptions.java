package io.flashdeck.core.volume;

import java.time.LocalDateTime;
import java.util.function.LongConsumer;

/**
 * How {@link Volume#write} stores a file.
 *
 * @param modified time to record as last modification, or null for now
 * @param progress told the running count of bytes written so far; never null
 */
public record WriteOptions(LocalDateTime modified, LongConsumer progress) {

    public static final WriteOptions DEFAULT = new WriteOptions(null, bytes -> { });

    public WriteOptions {
        if (progress == null) {
            progress = bytes -> { };
        }
    }

    public WriteOptions withModified(LocalDateTime time) {
        return new WriteOptions(time, progress);
    }

    public WriteOptions withProgress(LongConsumer listener) {
        return new WriteOptions(modified, listener);
    }
}
