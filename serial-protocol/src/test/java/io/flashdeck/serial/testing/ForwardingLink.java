package io.flashdeck.serial.testing;

import io.flashdeck.serial.link.Link;
import java.io.IOException;
import java.time.Duration;

/** A link that passes everything to another; test wrappers override what they watch or change. */
abstract class ForwardingLink implements Link {

    protected final Link link;

    ForwardingLink(Link link) {
        this.link = link;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        return link.read(buffer, offset, length, timeout);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        link.write(buffer, offset, length);
    }

    @Override
    public String name() {
        return link.name();
    }

    @Override
    public void close() throws IOException {
        link.close();
    }
}
