package io.flashdeck.serial.link;

import java.io.IOException;

/** The other side of a {@link Link} vanished: a port unplugged, a process exited, a pipe closed. */
public class LinkClosedException extends IOException {

    public LinkClosedException(String message) {
        super(message);
    }

    public LinkClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
