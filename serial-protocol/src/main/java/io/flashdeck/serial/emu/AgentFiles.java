package io.flashdeck.serial.emu;

import io.flashdeck.serial.agent.DevicePaths;
import java.util.Arrays;

/** The agent's {@code kind} and {@code parent} over the camera's {@code os}. */
final class AgentFiles {

    private final CameraOs os;

    AgentFiles(CameraOs os) {
        this.os = os;
    }

    CameraOs os() {
        return os;
    }

    /** {@code "d"}, {@code "f"}, or null when {@code os.stat} fails. */
    String kind(byte[] path) {
        try {
            return os.stat(path).directory() ? "d" : "f";
        } catch (PyException e) {
            return null;
        }
    }

    /** The directory of {@code path} ({@code /} for a top-level name); {@code fd:ENOENT} or {@code fd:ENOTDIR} when it is not one. */
    byte[] parent(byte[] path) throws PyException {
        byte[] directory = DevicePaths.directory(path);
        String kind = kind(directory);
        if (kind == null) {
            throw PyException.agent("ENOENT");
        }
        if (!kind.equals("d")) {
            throw PyException.agent("ENOTDIR");
        }
        return directory;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
