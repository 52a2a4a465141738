package io.flashdeck.core.volume;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/**
 * Content that can send its next bytes straight into a channel, as a stream opened on an image
 * file can: a writer that sees it lets the system copy from file to file instead of passing every
 * byte through a Java buffer twice.
 */
public interface ChannelContent {

    /**
     * Sends the next bytes, at most {@code count}, to {@code target}; how many were sent, 0 only
     * when the content has ended (or {@code count} is 0).
     */
    long transferTo(WritableByteChannel target, long count) throws IOException;
}
