package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.VolumePath;
import java.nio.file.FileSystemException;

/** The refusals of copy, move and remove, phrased once; the path is the one the refusal is about. */
final class TransferErrors {

    private TransferErrors() {
    }

    static FileSystemException isDirectory(VolumePath path) {
        return refused(path, "is a directory");
    }

    static FileSystemException omittingDirectory(VolumePath path) {
        return refused(path, "omitting directory (not recursive)");
    }

    static FileSystemException intoItself(VolumePath path) {
        return refused(path, "cannot copy or move a directory into itself");
    }

    static FileSystemException sameFile(VolumePath path) {
        return refused(path, "source and destination are the same file");
    }

    static FileSystemException directoryOverFile(VolumePath target) {
        return refused(target, "cannot overwrite a file with a directory");
    }

    static FileSystemException fileOverDirectory(VolumePath target) {
        return refused(target, "cannot overwrite a directory with a file");
    }

    static FileSystemException volumeRoot(VolumePath path, String action) {
        return refused(path, "refusing to " + action + " the volume root");
    }

    static FileSystemException verificationFailed(VolumePath target) {
        return refused(target, "verification failed: the written file differs from the source");
    }

    private static FileSystemException refused(VolumePath path, String reason) {
        return new FileSystemException(path.toString(), null, reason);
    }
}
