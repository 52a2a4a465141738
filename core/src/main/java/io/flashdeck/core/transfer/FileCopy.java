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
 * One file's content on its way to the target: watched by the cancellation, and hashed on the
 * way when the copy is verified, so that verification needs no second read of the source. The
 * modified time goes along; a target that cannot store it records what it can.
 */
final class FileCopy {

    private final FileEntry sourceEntry;
    private final Endpoint target;
    private final Cancellation cancellation;
    /** Hashing costs as much as the copy itself on fast media, so only a verified copy pays for it. */
    private final MessageDigest digest;

    FileCopy(FileEntry sourceEntry, Endpoint target, boolean verify, Cancellation cancellation) {
        this.sourceEntry = sourceEntry;
        this.target = target;
        this.cancellation = cancellation;
        this.digest = verify ? sha256() : null;
    }

    /** Writes {@code source} to {@code target} and checks it there when {@code verify} is set. */
    static void copy(Endpoint source, FileEntry sourceEntry, Endpoint target, boolean verify,
            Cancellation cancellation, LongConsumer progress) throws IOException {
        FileCopy file = new FileCopy(sourceEntry, target, verify, cancellation);
        try (InputStream content = source.volume().openRead(source.path())) {
            file.write(content, progress);
        }
        file.verify();
    }

    Endpoint target() {
        return target;
    }

    /** The source's content as the target is to read it. */
    InputStream content(InputStream source) {
        InputStream watched = cancellation.watch(source);
        return digest == null ? watched : new DigestInputStream(watched, digest);
    }

    /** How the target stores the file, telling {@code progress} the bytes written. */
    WriteOptions options(LongConsumer progress) {
        return new WriteOptions(sourceEntry.modified(), progress);
    }

    /** Writes the file with {@code Volume.write}; the caller closes {@code source}. */
    void write(InputStream source, LongConsumer progress) throws IOException {
        target.volume().write(target.path(), content(source), sourceEntry.size(), options(progress));
    }

    /** Compares the written file's SHA-256 with the source's, when the copy is verified. */
    void verify() throws IOException {
        if (digest != null && !Arrays.equals(digest.digest(), target.volume().sha256(target.path()))) {
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
