package io.flashdeck.serial.emu;

import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.link.PipeLink;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * A model of an OpenMV Cam H7 on USB, for tests and for trying FlashDeck without a camera: the
 * friendly and raw REPL with the device's limits (a 512-byte receive buffer that drops what
 * overflows, raw-paste with a 128-byte window, banners, Ctrl-C and Ctrl-D as MicroPython handles
 * them), and FlashDeck's agent run natively against FAT images ({@code /flash}, {@code /sdcard}).
 * It runs no other Python: anything else gets a {@code NotImplementedError} saying so.
 *
 * <p>Connected by an in-memory cable ({@link #start()}, whose host end is a {@link Link}) or by a
 * given link ({@link #serve}, such as standard input and output). A hard reset drops an in-memory
 * cable, as a camera re-enumerating on USB does, and comes back on a new one ({@link #awaitReconnect}).
 */
public final class VirtualCamera implements Closeable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final CameraSettings settings;
    private final CameraStorage storage;
    private final ReceiveBuffer input = new ReceiveBuffer();
    private final Console output = new Console();
    private final Stall stall = new Stall();
    private final CodeRunner runner;
    private Thread cpu;
    private UsbConnection connection;
    private PipeLink host;
    private boolean poweredOn;

    private VirtualCamera(CameraSettings settings, CameraStorage storage) {
        this.settings = settings;
        this.storage = storage;
        this.runner = new CodeRunner(storage, input, output);
    }

    /** Opens the camera's images, making and seeding them on the first run; it is powered off until started. */
    public static VirtualCamera open(CameraSettings settings) throws IOException {
        return new VirtualCamera(settings, CameraStorage.open(settings));
    }

    /** Powers the camera on (again) on a new in-memory cable and returns the host's end. */
    public PipeLink start() {
        powerOff();
        synchronized (this) {
            host = plugNewCable();
            powerOn(false);
            return host;
        }
    }

    /**
     * Runs the camera on {@code deviceEnd} until the host closes it; a hard reset reboots the camera
     * on the same link, as a board on a serial adapter does.
     */
    public void serve(Link deviceEnd) throws InterruptedException {
        powerOff();
        synchronized (this) {
            plug(deviceEnd);
            powerOn(true);
        }
        synchronized (this) {
            while (poweredOn) {
                wait();
            }
        }
    }

    /** The host's end of the current in-memory cable. */
    public synchronized PipeLink link() {
        return host;
    }

    /** Waits until the camera is back on a cable other than {@code previous} (after a hard reset). */
    public synchronized PipeLink awaitReconnect(PipeLink previous, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (host == previous || host == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("the virtual camera did not come back on USB within " + timeout);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the camera");
        }
        return host;
    }

    /** Bytes the receive buffer dropped because a client sent more than the camera could take. */
    public long droppedBytes() {
        return input.dropped();
    }

    /** Stops all traffic both ways (the camera hangs) until {@link #release()}. */
    public void stall() {
        stall.stall();
    }

    public void release() {
        stall.release();
    }

    /** Powers off and closes the images. */
    @Override
    public void close() throws IOException {
        powerOff();
        storage.close();
    }

    private void powerOn(boolean rebootInPlace) {
        input.clear();
        runner.forget();
        CameraCpu.Reenumeration reset = rebootInPlace ? this::rebootInPlace : this::reenumerate;
        CameraCpu processor = new CameraCpu(input, output, runner, settings, reset);
        cpu = new Thread(() -> {
            try {
                processor.run();
            } finally {
                stopped(Thread.currentThread());
            }
        }, "virtual camera");
        cpu.setDaemon(true);
        poweredOn = true;
        cpu.start();
    }

    private void powerOff() {
        Thread stopping;
        synchronized (this) {
            if (!poweredOn) {
                return;
            }
            poweredOn = false;
            input.stop("the virtual camera was powered off");
            stall.release(); // a camera without power hangs no more
            connection.unplug();
            stopping = cpu;
            notifyAll();
        }
        if (Thread.currentThread() != stopping) {
            try {
                stopping.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A processor that stopped by itself (its host gone) takes the camera off the bus too. */
    private void stopped(Thread processor) {
        synchronized (this) {
            if (cpu != processor) {
                return;
            }
        }
        powerOff();
    }

    /** A hard reset on an in-memory cable: off the bus, then back on a new cable. */
    private synchronized void reenumerate() {
        checkPowered();
        connection.unplug();
        input.clear();
        host = plugNewCable();
        notifyAll();
    }

    /** A hard reset on a given link: the camera starts again on it. */
    private synchronized void rebootInPlace() {
        checkPowered();
        input.clear();
    }

    private void checkPowered() {
        if (!poweredOn) {
            throw new PowerLoss("the virtual camera was powered off");
        }
    }

    private PipeLink plugNewCable() {
        PipeLink.Pair cable = PipeLink.pair("virtual camera");
        plug(cable.device());
        return cable.host();
    }

    private void plug(Link deviceEnd) {
        connection = UsbConnection.plug(deviceEnd, input, stall, this::hostGone);
        output.attach(connection);
    }

    /** The host closed its end: a bus-powered camera loses power with its cable. */
    private void hostGone() {
        powerOff();
    }
}
