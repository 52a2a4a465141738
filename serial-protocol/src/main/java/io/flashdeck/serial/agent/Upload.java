package io.flashdeck.serial.agent;

import io.flashdeck.serial.repl.RawRepl;
import io.flashdeck.serial.repl.RunningCode;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The host's side of the agent's {@code put}: sends exactly the credit the device grants, in
 * framed runs, hashes what it sends, and commits only when the device's hash of what arrived is
 * the same. Until the commit the device keeps the new content under a temporary name.
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
        while (true) {
            int tag = Wire.readTag(code);
            if (tag == Wire.GRANT) {
                int credit = (int) Wire.readLittleEndian(code, 2);
                if (credit > length - sent) {
                    throw new IOException(deviceName + " asked for " + credit + " bytes with only "
                            + (length - sent) + " left to send for " + target);
                }
                code.write(frames(readSource(content, credit, sent, length)));
                sent += credit;
                progress.accept(sent);
            } else if (tag == Wire.DIGEST) {
                commitIfSame(Wire.readDigest(code));
                return;
            } else if (tag == Wire.END_OF_OUTPUT) {
                errors.check(code.finishAfterOutputEnd());
                throw Wire.unexpected(deviceName, "credit or a digest from the agent's upload", tag);
            } else {
                throw Wire.unexpected(deviceName, "credit or a digest from the agent's upload", tag);
            }
        }
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

    private void commitIfSame(byte[] theirs) throws IOException {
        boolean same = Arrays.equals(theirs, digest.digest());
        code.write(new byte[] {same ? Wire.COMMIT : Wire.ABORT});
        if (!same) {
            code.finish(); // the agent raises "cancelled" and removes its temporary file
            throw new IOException("the data for " + target + " arrived damaged (SHA-256 differs); nothing was written");
        }
        errors.check(code.finish());
    }

    /** Gives up where a frame would start; the agent removes its temporary file and raises. */
    private void abort() throws IOException {
        code.write(new byte[] {Wire.ABORT});
        code.finish();
    }
}
