package io.flashdeck.app.device;

import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.repl.DeviceException;
import java.io.IOException;
import java.time.Duration;

/**
 * Restarting a camera, as the command line's {@code reset} and the desktop app do it. A hard
 * reset reboots the board, whose USB port then goes away for a moment: the caller connects again
 * with {@link #awaitReturn} until it answers.
 */
public final class CameraResets {

    /** A reboot plus USB enumeration takes a few seconds; allow for slow hubs. */
    public static final Duration COMING_BACK = Duration.ofSeconds(30);
    /** Between attempts to reach a camera that is restarting. */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    /** One attempt to reach the camera again. */
    @FunctionalInterface
    public interface Attempt<T> {
        T connect() throws IOException;
    }

    private CameraResets() {
    }

    /** Reboots the board ({@code machine.reset()}); the session ends with it. */
    public static void hardReset(DeviceSession session) throws IOException {
        requireMachineReset(session);
        session.hardReset();
    }

    /** Tries {@code attempt} until it succeeds or {@code within} has passed, pausing between tries. */
    public static <T> T awaitReturn(Duration within, Attempt<T> attempt) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            pause();
            try {
                return attempt.connect();
            } catch (IOException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException("the camera did not come back within " + within.toSeconds() + " s ("
                            + e.getMessage() + ")", e);
                }
            }
        }
    }

    /** A port without the {@code machine} module (and its {@code reset()}) would silently stay as it is. */
    private static void requireMachineReset(DeviceSession session) throws IOException {
        try {
            session.exec("import machine");
        } catch (DeviceException e) {
            throw new IOException("this device has no machine module, so it cannot be hard-reset (" + e.getMessage()
                    + "); try a soft reset", e);
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the camera", e);
        }
    }
}
