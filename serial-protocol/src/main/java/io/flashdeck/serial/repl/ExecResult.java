package io.flashdeck.serial.repl;

import java.nio.charset.StandardCharsets;

/** What code run in the raw REPL printed: its output, and its traceback if it raised. */
public record ExecResult(byte[] stdout, byte[] stderr) {

    public ExecResult {
        stdout = stdout.clone();
        stderr = stderr.clone();
    }

    @Override
    public byte[] stdout() {
        return stdout.clone();
    }

    @Override
    public byte[] stderr() {
        return stderr.clone();
    }

    public boolean failed() {
        return stderr.length > 0;
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** The output, or the device's exception when the code raised one. */
    public byte[] stdoutOrThrow() throws DeviceException {
        if (failed()) {
            throw DeviceException.fromStderr(stderr, stdout);
        }
        return stdout();
    }
}
