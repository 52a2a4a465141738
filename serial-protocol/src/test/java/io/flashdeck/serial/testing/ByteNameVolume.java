package io.flashdeck.serial.testing;

import io.flashdeck.serial.device.DeviceSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Mounts {@code bytevfs.py} in the real MicroPython behind a session: a RAM volume that keeps
 * names as bytes and has a small capacity, for what the WebAssembly build's VfsPosix cannot do
 * (names that are not UTF-8, running out of space, FatFs's refusals).
 */
public final class ByteNameVolume {

    private static final String SOURCE = load();

    private ByteNameVolume() {
    }

    /** Replaces what is mounted at {@code mount} with an empty byte-name volume of {@code capacity} bytes. */
    public static void mount(DeviceSession session, String mount, long capacity) throws IOException {
        mount(session, mount, capacity, capacity);
    }

    /** As {@link #mount(DeviceSession, String, long)}, with statvfs claiming {@code claimedSize} bytes. */
    public static void mount(DeviceSession session, String mount, long capacity, long claimedSize) throws IOException {
        session.exec(SOURCE + "\nimport vfs\ntry:\n    vfs.umount('" + mount + "')\nexcept OSError:\n    pass\n"
                + "vfs.mount(ByteVfs(" + capacity + ", " + claimedSize + "), '" + mount + "')\n");
    }

    private static String load() {
        try (InputStream in = ByteNameVolume.class.getResourceAsStream("bytevfs.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
