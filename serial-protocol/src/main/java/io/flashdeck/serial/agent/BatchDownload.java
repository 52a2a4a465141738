package io.flashdeck.serial.agent;

import io.flashdeck.core.volume.BatchReader;
import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.repl.RunningCode;
import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The host's side of the agent's download batch ({@code G}): the paths go as the answer to the
 * device's one grant, then the files come back to back, each as a {@link Download}, read
 * {@linkplain ReadAhead ahead} of the reader that takes them as streams. Files that fit one window
 * cost no exchange of their own. The device sends every file it was asked for, so when the
 * reader fails the rest of the batch is still read (and dropped) before the failure is thrown,
 * leaving the device at its prompt; a failure of the transfer itself (a cut link, damaged data,
 * a file the device cannot read) ends the batch there.
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
        return paths.stream().mapToInt(BatchDownload::listLength).sum();
    }

    /** Bytes one path takes in the list: its u16 length and itself. */
    static int listLength(byte[] path) {
        return 2 + path.length;
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
        Wire.expect(code, Wire.GRANT, errors.apply(0), repl.link().name(), "credit for the paths to download");
        Wire.readLittleEndian(code, 2); // always the whole window
        byte[] list = new byte[listLength(paths)];
        int at = 0;
        for (byte[] path : paths) {
            Wire.putLittleEndian(list, at, path.length, 2);
            System.arraycopy(path, 0, list, at + 2, path.length);
            at += listLength(path);
        }
        code.write(Wire.answer(list, list.length, false));
        return code;
    }

    private void receive(RunningCode code, BatchReader reader) throws IOException {
        int count = displays.size();
        ReadAhead ahead = ReadAhead.start(index -> Download.next(repl, code, displays.get(index), 0, tuning,
                errors.apply(index), index == count - 1), count);
        try {
            for (int i = 0; i < count; i++) {
                reader.read(i, ahead.file(i));
                ahead.skipRest(i);
            }
        } catch (IOException | RuntimeException e) {
            try {
                ahead.finish();
            } catch (IOException | RuntimeException transfer) {
                if (transfer != e) {
                    e.addSuppressed(transfer);
                }
            }
            throw e;
        }
        ahead.finish();
    }
}
