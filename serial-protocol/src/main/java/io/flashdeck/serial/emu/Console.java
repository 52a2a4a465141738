package io.flashdeck.serial.emu;

import java.nio.charset.StandardCharsets;

/**
 * The camera's standard output on USB. Text is cooked as MicroPython's stdio cooks it ({@code \n}
 * becomes {@code \r\n}); binary from {@code sys.stdout.buffer} goes out raw.
 */
final class Console {

    private volatile UsbConnection connection;

    void attach(UsbConnection usb) {
        connection = usb;
    }

    void raw(byte[] bytes) {
        raw(bytes, 0, bytes.length);
    }

    void raw(byte[] bytes, int offset, int length) {
        if (length > 0) {
            connection.send(bytes, offset, length);
        }
    }

    /** What Python prints (output, tracebacks): cooked. */
    void text(String text) {
        plain(text.replace("\n", "\r\n"));
    }

    /** What the REPL itself writes (prompts, banners, protocol bytes): as given. */
    void plain(String text) {
        raw(text.getBytes(StandardCharsets.UTF_8));
    }
}
