package io.flashdeck.serial.emu;

import io.flashdeck.serial.agent.Sha256;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * One file of the agent's batch upload ({@code open1}, {@code commit1}, {@code drop}): checked
 * before any of its data is taken, received into {@code .fdtmp-ID} beside its target, and put in
 * place only when the host's SHA-256 matches the camera's: by one rename when it is new, by the
 * swap that keeps the old file until the new one is there when it replaces one.
 */
final class IncomingFile {

    private final AgentFiles files;
    private final Leftovers leftovers;
    private final byte[] path;
    private final byte[] directory;
    private final byte[] tag;
    private final byte[] temporary;
    /** Whether a file was there when this one was opened. */
    private final boolean replacing;
    private final MessageDigest digest = Sha256.create();

    private IncomingFile(AgentFiles files, Leftovers leftovers, byte[] path, byte[] directory, byte[] tag,
            boolean replacing) {
        this.files = files;
        this.leftovers = leftovers;
        this.path = path;
        this.directory = directory;
        this.tag = tag;
        this.temporary = Leftovers.temporary(directory, tag);
        this.replacing = replacing;
    }

    /**
     * {@code open1}'s checks: the directory ({@code fd:ENOENT}, {@code fd:ENOTDIR}), not a
     * directory ({@code fd:EISDIR}), room ({@code fd:ENOSPC}); then a fresh tag.
     */
    static IncomingFile open(AgentFiles files, Leftovers leftovers, byte[] path, long size) throws PyException {
        byte[] directory = files.parent(path);
        String kind = files.kind(path);
        if ("d".equals(kind)) {
            throw PyException.agent("EISDIR");
        }
        checkRoom(files.os(), directory, size);
        return new IncomingFile(files, leftovers, path, directory, leftovers.tag(directory), kind != null);
    }

    /** Writes the temporary file from {@code data}, which yields the file's {@code size} bytes as they arrive. */
    void receive(InputStream data, long size) throws PyException {
        files.os().write(temporary, new DigestInputStream(data, digest), size);
    }

    /** {@code commit1}: the file in place, or {@code fd:EBADMSG} when the host's hash is not that of what arrived. */
    void commit(byte[] theirs) throws PyException {
        if (!Arrays.equals(theirs, digest.digest())) {
            throw PyException.agent("EBADMSG");
        }
        if (replacing) {
            leftovers.place(temporary, path, directory, tag);
        } else {
            files.os().rename(temporary, path); // nothing is there to keep
        }
    }

    /** {@code drop}: the temporary file of an upload that did not finish. */
    void drop() throws PyException {
        if (files.kind(temporary) != null) {
            files.os().remove(temporary);
        }
    }

    /** The agent's {@code room}: the clusters the file needs, and one for its directory entry. */
    private static void checkRoom(CameraOs os, byte[] directory, long size) throws PyException {
        CameraOs.Usage usage;
        try {
            usage = os.statvfs(directory);
        } catch (PyException e) {
            return;
        }
        long unit = usage.blockSize() > 0 ? usage.blockSize() : 1;
        if (usage.blocks() > 0 && (size + unit - 1) / unit + 1 > usage.free()) {
            throw PyException.agent("ENOSPC");
        }
    }
}
