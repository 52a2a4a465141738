package io.flashdeck.serial.agent;

import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.repl.RunningCode;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The host's side of the agent's upload ({@code u}): sends exactly the credit the device grants,
 * in framed runs, hashing what it sends; with the last data goes {@code c} and that hash, and the
 * device puts the file in place only if its own hash of what arrived is the same. So a file that
 * fits one window costs two exchanges: the code for its credit, the data for the result.
 */
final class Upload {

    private final RunningCode code;
    private final String deviceName;
    private final String target;
    private final DeviceErrors errors;
    private final MessageDigest digest = Sha256.create();

    private Upload(RunningCode code, String deviceName, String target, DeviceErrors errors) {
        this.code = code;
        this.deviceName = deviceName;
        this.target = target;
        this.errors = errors;
    }

    /** Runs {@code call} (the agent's put) and feeds it {@code length} bytes of {@code content}. */
    static void run(RawRepl repl, String call, String target, InputStream content, long length,
            LongConsumer progress, DeviceErrors errors) throws IOException {
        Upload upload = new Upload(repl.start(call), repl.link().name(), target, errors);
        upload.send(content, length, progress);
    }

    private void send(InputStream content, long length, LongConsumer progress) throws IOException {
        long sent = 0;
        do {
            int tag = Wire.readTag(code);
            if (tag != Wire.GRANT) {
                if (tag == Wire.END_OF_OUTPUT) {
                    errors.check(code.finishAfterOutputEnd());
                }
                throw Wire.unexpected(deviceName, "credit from the agent's upload", tag);
            }
            int credit = (int) Wire.readLittleEndian(code, 2);
            if (credit > length - sent) {
                throw new IOException(deviceName + " asked for " + credit + " bytes with only "
                        + (length - sent) + " left to send for " + target);
            }
            byte[] data = frames(readSource(content, credit, sent, length));
            sent += credit;
            code.write(sent == length ? withCommit(data) : data);
            progress.accept(sent);
        } while (sent < length);
        errors.check(code.finish()); // the agent raises fd:EBADMSG when the hashes differ
    }

    private byte[] readSource(InputStream content, int credit, long sent, long length) throws IOException {
        byte[] data;
        try {
            data = content.readNBytes(credit);
        } catch (IOException e) {
            abort();
            throw e;
        }
        if (data.length < credit) {
            abort();
            throw new IOException("the content for " + target + " ended after " + (sent + data.length)
                    + " of " + length + " bytes; nothing was written");
        }
        digest.update(data);
        return data;
    }

    /** Sends the data as frames: {@code 'd'} and at most {@link Wire#FRAME} bytes each. */
    private static byte[] frames(byte[] data) {
        int count = (data.length + Wire.FRAME - 1) / Wire.FRAME;
        byte[] out = new byte[data.length + count];
        int at = 0;
        for (int from = 0; from < data.length; from += Wire.FRAME) {
            int n = Math.min(Wire.FRAME, data.length - from);
            out[at++] = Wire.DATA;
            System.arraycopy(data, from, out, at, n);
            at += n;
        }
        return out;
    }

    /** The last frames, then {@code c} and the SHA-256 of everything sent. */
    private byte[] withCommit(byte[] frames) {
        byte[] out = Arrays.copyOf(frames, frames.length + 1 + Wire.DIGEST_LENGTH);
        out[frames.length] = Wire.COMMIT;
        System.arraycopy(digest.digest(), 0, out, frames.length + 1, Wire.DIGEST_LENGTH);
        return out;
    }

    /** Gives up where a frame would start; the agent removes its temporary file and raises. */
    private void abort() throws IOException {
        code.write(new byte[] {Wire.ABORT});
        code.finish();
    }
}
