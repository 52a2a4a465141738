package io.flashdeck.serial.emu;

import io.flashdeck.serial.agent.DevicePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The agent's calls that change the volumes: {@code mk}, {@code rm}, {@code mv}, {@code rename},
 * {@code sync}, {@code tidyall} and {@code fmt}, with the checks {@code fdagent.py} makes before
 * each and the errors it raises.
 */
final class AgentChanges {

    /** How many entries of a directory the agent's recursive delete takes at a time. */
    private static final int BATCH = 64;

    private final AgentFiles files;
    private final Leftovers leftovers;
    private final CameraStorage storage;

    AgentChanges(AgentFiles files, Leftovers leftovers, CameraStorage storage) {
        this.files = files;
        this.leftovers = leftovers;
        this.storage = storage;
    }

    void mk(byte[] path) throws PyException {
        files.parent(path);
        if (files.kind(path) != null) {
            throw PyException.agent("EEXIST");
        }
        files.os().mkdir(path);
    }

    void rm(byte[] path, boolean deep) throws PyException {
        String kind = files.kind(path);
        if (kind == null) {
            throw PyException.agent("ENOENT");
        }
        if (kind.equals("f")) {
            files.os().remove(path);
            return;
        }
        if (deep) {
            empty(path);
        } else if (!files.os().ilistdir(path).isEmpty()) {
            throw PyException.agent("ENOTEMPTY");
        }
        files.os().rmdir(path);
    }

    void mv(byte[] from, byte[] to) throws PyException {
        if (files.kind(from) == null) {
            throw PyException.agent("ENOENT");
        }
        files.parent(to);
        // FAT finds names without regard to case: a rename that changes only case is allowed
        if (files.kind(to) != null && !Arrays.equals(asciiLower(from), asciiLower(to))) {
            throw PyException.agent("EEXIST");
        }
        byte[] inside = Arrays.copyOf(from, from.length + 1);
        inside[from.length] = '/';
        if (AgentFiles.startsWith(to, inside)) {
            throw PyException.agent("EINVAL");
        }
        rename(from, to);
    }

    /** The agent's {@code rename}: on FatFs the same as {@code os.rename} of the two paths. */
    void rename(byte[] from, byte[] to) throws PyException {
        files.os().rename(from, to);
    }

    void sync() throws PyException {
        files.os().sync();
    }

    void tidyAll() {
        leftovers.tidyAll(storage.mounts());
    }

    /** {@code VfsFat.mkfs} of the mount's whole block device, mounted again; with {@code defaults}, OpenMV's files. */
    void fmt(byte[] mountPoint, boolean defaults) throws PyException {
        String path = new String(mountPoint, StandardCharsets.UTF_8);
        if (!path.equals(CameraStorage.FLASH) && !path.equals(CameraStorage.SDCARD)) {
            throw PyException.agent("ENODEV");
        }
        Mount mount = storage.mountAt(path).orElseThrow(() -> PyException.os("ENODEV")); // no card inserted
        try {
            mount.format();
            if (defaults) {
                OpenMvDefaults.write(mount.volume());
            }
        } catch (IOException e) {
            throw OsErrors.of(e, "EIO");
        }
    }

    /** Deletes everything below {@code top}, depth first without recursion, as the agent does on a small C stack. */
    private void empty(byte[] top) throws PyException {
        Deque<byte[]> stack = new ArrayDeque<>();
        stack.push(top);
        while (!stack.isEmpty()) {
            byte[] directory = stack.peek();
            List<CameraOs.Item> batch = new ArrayList<>(files.os().ilistdir(directory));
            batch = batch.subList(0, Math.min(BATCH, batch.size()));
            if (batch.isEmpty()) {
                stack.pop();
                if (directory != top) {
                    files.os().rmdir(directory);
                }
                continue;
            }
            byte[] sub = null;
            for (CameraOs.Item item : batch) {
                byte[] child = DevicePaths.join(directory, item.name());
                if (!item.directory()) {
                    files.os().remove(child);
                } else if (sub == null) {
                    sub = child;
                }
            }
            if (sub != null) {
                stack.push(sub);
            }
        }
    }

    private static byte[] asciiLower(byte[] bytes) {
        byte[] lower = bytes.clone();
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] >= 'A' && lower[i] <= 'Z') {
                lower[i] += 'a' - 'A';
            }
        }
        return lower;
    }
}
