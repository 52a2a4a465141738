package io.flashdeck.serial.testing;

import io.flashdeck.serial.link.Link;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Reads what a device prints, as a person at a terminal would see it, for tests of its REPL. */
public final class LinkText {

    private LinkText() {
    }

    /** Types {@code text} (ISO-8859-1, so control characters pass as they are). */
    public static void type(Link link, String text) throws IOException {
        link.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Everything up to and including {@code marker}; fails after {@code timeout} without it. */
    public static String readUntil(Link link, String marker, Duration timeout) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] one = new byte[1];
        while (!seen.toString(StandardCharsets.ISO_8859_1).endsWith(marker)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || link.read(one, 0, 1, Duration.ofNanos(left)) == 0) {
                throw new AssertionError("no \"" + marker + "\" within " + timeout + "; received: "
                        + seen.toString(StandardCharsets.ISO_8859_1));
            }
            seen.write(one[0]);
        }
        return seen.toString(StandardCharsets.ISO_8859_1);
    }
}
