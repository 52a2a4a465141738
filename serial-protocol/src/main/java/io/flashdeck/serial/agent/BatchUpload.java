package io.flashdeck.serial.agent;

import io.flashdeck.serial.repl.ExecResult;
import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.repl.RunningCode;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The host's side of the agent's upload batch ({@code U}): answers each grant with the next
 * records, exactly as many bytes as granted or fewer, the last of them marked as such, and counts
 * the device's {@code 0x06} as files put in place. The device checks each file's SHA-256 before placing it and ends the call
 * at the first failure, which belongs to the first file not yet placed. A single file that fits
 * one window costs two exchanges (the call for its credit, the data for its result); each further
 * file in the batch costs none of its own.
 */
final class BatchUpload {

    /** Files over 4 GiB cannot exist on FAT and do not fit the header's u32. */
    private static final long MAX_LENGTH = 0xFFFF_FFFFL;

    private final RunningCode code;
    private final String deviceName;
    private final UploadRecords records;
    private final IntFunction<DeviceErrors> errors;
    private final IntConsumer placed;
    private int placedCount;
    private boolean aborted;

    private BatchUpload(RunningCode code, String deviceName, UploadRecords records,
            IntFunction<DeviceErrors> errors, IntConsumer placed) {
        this.code = code;
        this.deviceName = deviceName;
        this.records = records;
        this.errors = errors;
        this.placed = placed;
    }

    /**
     * Uploads {@code items} in one call; {@code displays} name them for messages, {@code errors}
     * maps a device failure for the file of that index, and {@code placed} hears each file in place.
     */
    static void run(RawRepl repl, TransferTuning tuning, List<UploadItem> items, List<String> displays,
            IntFunction<DeviceErrors> errors, IntConsumer placed) throws IOException {
        checkSendable(tuning, items, displays);
        try (UploadRecords records = new UploadRecords(items, displays)) {
            RunningCode code = repl.start("_fdagent.U()");
            new BatchUpload(code, repl.link().name(), records, errors, placed).converse();
        }
    }

    private void converse() throws IOException {
        while (true) {
            int tag = Wire.readTag(code);
            if (tag == Wire.GRANT) {
                answer((int) Wire.readLittleEndian(code, 2));
            } else if (tag == Wire.PLACED) {
                placed.accept(placedCount++);
            } else if (tag == Wire.END_OF_OUTPUT) {
                ended(code.finishAfterOutputEnd());
                return;
            } else {
                throw Wire.unexpected(deviceName, "credit or a result from the agent's upload", tag);
            }
        }
    }

    /** The next records; once the host's content failed, b'x' and then nothing more. */
    private void answer(int credit) throws IOException {
        if (aborted) {
            return; // the device reads nothing after b'x'
        }
        if (records.failure() != null) {
            aborted = true;
            code.write(new byte[] {Wire.ABORT});
            return;
        }
        if (records.done()) {
            code.write(Wire.answer(new byte[0], 0, false)); // the device asked before it read the last answer
            return;
        }
        byte[] piece = new byte[credit];
        int length = records.fill(piece);
        code.write(Wire.answer(piece, length, records.done()));
    }

    /** The call ended: a failure belongs to the first file not placed. */
    private void ended(ExecResult result) throws IOException {
        if (records.failure() != null) {
            throw records.failure();
        }
        int total = records.size();
        errors.apply(Math.min(placedCount, total - 1)).check(result);
        if (placedCount < total) {
            throw new IOException(deviceName + " ended the upload with " + placedCount + " of " + total
                    + " files in place and no error");
        }
    }

    private static void checkSendable(TransferTuning tuning, List<UploadItem> items, List<String> displays)
            throws IOException {
        int biggestPiece = Math.max(tuning.early(), tuning.window() - tuning.early());
        for (int i = 0; i < items.size(); i++) {
            UploadItem item = items.get(i);
            if (item.length() > MAX_LENGTH) {
                throw new FileSystemException(displays.get(i), null, "a FAT file holds at most 4 GiB - 1 byte");
            }
            if (UploadRecords.HEADER_OVERHEAD + item.path().length > biggestPiece) {
                throw new FileSystemException(displays.get(i), null, "the path is too long to send to the device");
            }
        }
    }
}
