package io.flashdeck.serial.emu;

import io.flashdeck.serial.agent.DevicePaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The agent's safe replace and its recovery ({@code tag}, {@code place}, {@code tidy},
 * {@code tidyall}), step for step: new content waits under {@code .fdtmp-ID}; a note
 * {@code .fdswap-ID} names the target while the old file steps aside as {@code .fdold-ID}; every
 * step can be repeated, so tidying after a power cut finishes the swap.
 */
final class Leftovers {

    private static final byte[] OURS = bytes(".fd");
    private static final byte[] TEMPORARY = bytes(".fdtmp-");
    private static final byte[] NOTE = bytes(".fdswap-");
    private static final byte[] OLD = bytes(".fdold-");

    private final AgentFiles files;
    private final long started = System.nanoTime();
    private int counter;

    Leftovers(AgentFiles files) {
        this.files = files;
    }

    static byte[] temporary(byte[] directory, byte[] tag) {
        return DevicePaths.join(directory, concat(TEMPORARY, tag));
    }

    /** A tag no temporary file in {@code directory} has. */
    byte[] tag(byte[] directory) {
        while (true) {
            counter++;
            long ticks = (System.nanoTime() - started) / 1_000_000 & 0xFFFF;
            byte[] tag = bytes(Long.toHexString(ticks) + Integer.toHexString(counter));
            if (files.kind(temporary(directory, tag)) == null) {
                return tag;
            }
        }
    }

    /** Puts {@code tmp} in place of {@code path} in {@code directory}, keeping the old file until the new one is there. */
    void place(byte[] tmp, byte[] path, byte[] directory, byte[] tag) throws PyException {
        CameraOs os = files.os();
        byte[] note = DevicePaths.join(directory, concat(NOTE, tag));
        byte[] old = DevicePaths.join(directory, concat(OLD, tag));
        if ("f".equals(files.kind(tmp))) {
            if (files.kind(path) != null && files.kind(old) == null) {
                if (files.kind(note) == null) {
                    byte[] name = DevicePaths.name(path);
                    os.write(note, new ByteArrayInputStream(name), name.length);
                }
                os.rename(path, old);
            }
            try {
                os.rename(tmp, path);
            } catch (PyException e) {
                if (files.kind(old) != null && files.kind(path) == null) {
                    os.rename(old, path);
                }
                throw e;
            }
        }
        if (files.kind(old) != null) {
            os.remove(old);
        }
        if (files.kind(note) != null) {
            os.remove(note);
        }
    }

    /** Finishes noted swaps in {@code directory} and removes its temporary files. */
    void tidy(byte[] directory) throws PyException {
        CameraOs os = files.os();
        List<byte[]> names = new ArrayList<>();
        for (CameraOs.Item item : os.ilistdir(directory)) {
            if (AgentFiles.startsWith(item.name(), OURS)) {
                names.add(item.name());
            }
        }
        for (byte[] name : names) {
            if (AgentFiles.startsWith(name, NOTE)) {
                byte[] tag = Arrays.copyOfRange(name, NOTE.length, name.length);
                try {
                    byte[] real = DevicePaths.join(directory, read(DevicePaths.join(directory, name)));
                    place(temporary(directory, tag), real, directory, tag);
                } catch (PyException e) {
                    // as the agent: a swap that cannot be finished now is left for the next tidy
                }
            }
        }
        for (byte[] name : names) {
            byte[] path = DevicePaths.join(directory, name);
            if (AgentFiles.startsWith(name, TEMPORARY) && "f".equals(files.kind(path))) {
                os.remove(path);
            }
        }
    }

    /** Tidies the root of every mount. */
    void tidyAll(List<Mount> mounts) {
        for (Mount mount : mounts) {
            try {
                tidy(bytes(mount.path()));
            } catch (PyException e) {
                // as the agent: a mount that cannot be tidied is skipped
            }
        }
    }

    private byte[] read(byte[] path) throws PyException {
        try (InputStream in = files.os().openRead(path)) {
            return in.readAllBytes();
        } catch (PyException e) {
            throw e;
        } catch (IOException e) {
            throw OsErrors.of(e, "EIO");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
