package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Copies one file's content, hashing it on the way so that verification needs no second read of
 * the source. The modified time goes along; a target that cannot store it records what it can.
 */
final class FileCopy {

    private FileCopy() {
    }

    /** Writes {@code source} to {@code target} and checks it there when {@code verify} is set. */
    static void copy(Endpoint source, FileEntry sourceEntry, Endpoint target, boolean verify,
            Cancellation cancellation, LongConsumer progress) throws IOException {
        // Hashing costs as much as the copy itself on fast media, so only a verified copy pays for it.
        MessageDigest digest = verify ? sha256() : null;
        InputStream opened = cancellation.watch(source.volume().openRead(source.path()));
        try (InputStream in = verify ? new DigestInputStream(opened, digest) : opened) {
            target.volume().write(target.path(), in, sourceEntry.size(),
                    new WriteOptions(sourceEntry.modified(), progress));
        }
        if (verify && !Arrays.equals(digest.digest(), target.volume().sha256(target.path()))) {
            throw TransferErrors.verificationFailed(target.path());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
