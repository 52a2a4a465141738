package io.flashdeck.serial.device;

import io.flashdeck.serial.agent.Download;
import io.flashdeck.serial.agent.WindowStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * A device file being read. It streams window by window while nothing else needs the device;
 * another call pauses it (the windows already asked for are kept here) and the next read
 * resumes from where the data stopped. Each run is checked by the device's SHA-256.
 */
final class DeviceReadStream extends WindowStream {

    private final DeviceSession session;
    private final byte[] path;
    private final String display;
    private final Deque<byte[]> windows = new ArrayDeque<>();
    /** Bytes fetched from the device so far: where a resumed run starts. */
    private long fetched;
    private long size = -1;
    private Download download;
    private boolean finished;
    private boolean closed;
    private IOException failure;

    private DeviceReadStream(DeviceSession session, byte[] path, String display) {
        this.session = session;
        this.path = path;
        this.display = display;
    }

    /** Opens and starts reading at once, so that a missing file fails here. */
    static DeviceReadStream open(DeviceSession session, byte[] path, String display) throws IOException {
        DeviceReadStream stream = new DeviceReadStream(session, path, display);
        session.opened(stream);
        try {
            session.stream(stream, agent -> {
                stream.start(agent.download(path, 0));
                return null;
            });
        } catch (IOException | RuntimeException e) {
            session.released(stream);
            throw e;
        }
        return stream;
    }

    @Override
    protected void checkReadable() throws IOException {
        if (closed) {
            throw new IOException(display + " is closed");
        }
        if (failure != null) {
            throw new IOException(failure.getMessage(), failure);
        }
    }

    @Override
    protected byte[] nextWindow() throws IOException {
        while (windows.isEmpty()) {
            if (finished) {
                return null;
            }
            try {
                fetch();
            } catch (IOException e) {
                failure = e;
                download = null;
                session.released(this);
                throw e;
            }
        }
        return windows.removeFirst();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        windows.clear();
        try {
            if (download != null) {
                session.stream(this, agent -> {
                    stopRun(window -> { });
                    return null;
                });
            }
        } finally {
            session.released(this);
        }
    }

    /** Called by the session, under its lock, before another call uses the device. */
    void pause() throws IOException {
        if (download != null) {
            stopRun(windows::addLast);
        }
    }

    /** The device was restarted under this stream: its run is gone and will be started again. */
    void abandon() {
        download = null;
    }

    private void fetch() throws IOException {
        session.stream(this, agent -> {
            if (download == null) {
                Download resumed = agent.download(path, fetched);
                if (resumed.fileSize() != size) {
                    download = resumed;
                    stopRun(window -> { });
                    throw new IOException(display + " changed on the device while it was being read");
                }
                start(resumed);
            }
            byte[] window = download.next();
            if (window == null) {
                download = null;
                finished = true;
                session.released(this);
            } else {
                fetched += window.length;
                windows.addLast(window);
            }
            return null;
        });
    }

    private void start(Download run) {
        download = run;
        if (size < 0) {
            size = run.fileSize();
        }
    }

    private void stopRun(Consumer<byte[]> keep) throws IOException {
        Download run = download;
        download = null;
        run.stop(window -> {
            fetched += window.length;
            keep.accept(window);
        });
    }
}
