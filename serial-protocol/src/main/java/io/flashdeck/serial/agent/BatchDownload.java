package io.flashdeck.serial.agent;

import io.flashdeck.core.volume.BatchReader;
import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.repl.RunningCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The host's side of the agent's download batch ({@code G}): the paths go as the answer to the
 * device's one grant, then the files come back to back, each as a {@link Download} handed to the
 * reader as a stream. Files that fit one window cost no exchange of their own. The device sends
 * every file it was asked for, so when the reader fails the rest of the batch is still read (and
 * dropped) before the failure is thrown, leaving the device at its prompt. When the transfer
 * itself fails (a cut link, damaged data) its failure is thrown at once: the session reconnects.
 */
final class BatchDownload {

    private final RawRepl repl;
    private final TransferTuning tuning;
    private final List<String> displays;
    private final IntFunction<DeviceErrors> errors;

    private BatchDownload(RawRepl repl, TransferTuning tuning, List<String> displays, IntFunction<DeviceErrors> errors) {
        this.repl = repl;
        this.tuning = tuning;
        this.displays = displays;
        this.errors = errors;
    }

    /** Bytes the path list of {@code paths} takes: what must fit in one window. */
    static int listLength(List<byte[]> paths) {
        return paths.stream().mapToInt(path -> 2 + path.length).sum();
    }

    static void run(RawRepl repl, TransferTuning tuning, List<byte[]> paths, List<String> displays,
            IntFunction<DeviceErrors> errors, BatchReader reader) throws IOException {
        if (listLength(paths) > tuning.window()) {
            throw new IllegalArgumentException("the paths of a download batch must fit one window");
        }
        BatchDownload batch = new BatchDownload(repl, tuning, displays, errors);
        batch.receive(batch.request(paths), reader);
    }

    private RunningCode request(List<byte[]> paths) throws IOException {
        RunningCode code = repl.start("_fdagent.G()");
        int tag = Wire.readTag(code);
        if (tag == Wire.END_OF_OUTPUT) {
            errors.apply(0).check(code.finishAfterOutputEnd());
        }
        if (tag != Wire.GRANT) {
            throw Wire.unexpected(repl.link().name(), "credit for the paths to download", tag);
        }
        Wire.readLittleEndian(code, 2); // always the whole window
        byte[] list = new byte[listLength(paths)];
        int at = 0;
        for (byte[] path : paths) {
            list[at] = (byte) path.length;
            list[at + 1] = (byte) (path.length >>> 8);
            System.arraycopy(path, 0, list, at + 2, path.length);
            at += 2 + path.length;
        }
        code.write(Wire.answer(list, list.length, false));
        return code;
    }

    private void receive(RunningCode code, BatchReader reader) throws IOException {
        Exception failure = null;
        int last = displays.size() - 1;
        for (int i = 0; i <= last && !code.finished(); i++) {
            Download download;
            try {
                download = Download.next(repl, code, displays.get(i), 0, tuning, errors.apply(i), i == last);
            } catch (IOException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
                break;
            }
            if (failure == null) {
                Stream stream = new Stream(download);
                try {
                    reader.read(i, stream);
                } catch (IOException | RuntimeException e) {
                    if (stream.failed) {
                        throw e; // the transfer itself broke: the session starts over
                    }
                    failure = e;
                }
            }
            while (!code.finished() && download.next() != null) {
                // what the reader left of this file, or all of it after a failure
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }

    /** One file of the batch as a stream of its windows. */
    private static final class Stream extends InputStream {

        private final Download download;
        private byte[] window = new byte[0];
        private int position;
        /** True once the download failed, rather than the reader. */
        private boolean failed;

        Stream(Download download) {
            this.download = download;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (position == window.length) {
                byte[] next;
                try {
                    next = download.next();
                } catch (IOException | RuntimeException e) {
                    failed = true;
                    throw e;
                }
                if (next == null) {
                    return -1;
                }
                window = next;
                position = 0;
            }
            int n = Math.min(length, window.length - position);
            System.arraycopy(window, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
