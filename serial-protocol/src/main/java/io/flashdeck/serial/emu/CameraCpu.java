package io.flashdeck.serial.emu;

/**
 * The camera's processor: from power-up it runs {@code main.py} when the camera is busy, then
 * the REPLs, and starts again after a reset. A soft reset keeps the mode (the raw REPL comes back
 * raw) and never runs {@code main.py} (OpenMV 4.6+); a hard reset re-enumerates USB and boots
 * as at power-up.
 */
final class CameraCpu implements Runnable {

    /** What happens on the bus at a hard reset. */
    @FunctionalInterface
    interface Reenumeration {
        void reconnect();
    }

    private final ReceiveBuffer input;
    private final Console output;
    private final CodeRunner runner;
    private final CameraSettings settings;
    private final Reenumeration usb;
    /** The REPL in use; a soft reset comes back to the same one. */
    private boolean raw;

    CameraCpu(ReceiveBuffer input, Console output, CodeRunner runner, CameraSettings settings, Reenumeration usb) {
        this.input = input;
        this.output = output;
        this.runner = runner;
        this.settings = settings;
        this.usb = usb;
    }

    @Override
    public void run() {
        try {
            boolean powerUp = true;
            while (true) {
                if (powerUp && settings.busy()) {
                    new BusyScript(input, output).run();
                }
                ReplExit exit = repl();
                runner.forget();
                if (exit == ReplExit.SOFT_RESET) {
                    output.text("MPY: soft reboot\n");
                    powerUp = false;
                } else {
                    usb.reconnect();
                    powerUp = true;
                    raw = false;
                }
            }
        } catch (PowerLoss e) {
            // powered off or unplugged: the processor stops where it was
        }
    }

    /** Runs the REPLs, switching between them, until a reset. */
    private ReplExit repl() {
        while (true) {
            ReplExit exit = raw
                    ? new RawReplLoop(input, output, runner, settings.rawPaste()).run()
                    : new FriendlyRepl(input, output, runner).run();
            if (exit != ReplExit.TO_RAW && exit != ReplExit.TO_FRIENDLY) {
                return exit;
            }
            raw = exit == ReplExit.TO_RAW;
        }
    }
}
