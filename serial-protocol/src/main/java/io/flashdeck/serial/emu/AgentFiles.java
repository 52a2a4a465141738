package io.flashdeck.serial.emu;

import java.util.Arrays;

/** The agent's path helpers ({@code kind}, {@code split}, {@code join}, {@code parent}) over the camera's {@code os}. */
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
        byte[] directory = directoryOf(path);
        String kind = kind(directory);
        if (kind == null) {
            throw PyException.agent("ENOENT");
        }
        if (!kind.equals("d")) {
            throw PyException.agent("ENOTDIR");
        }
        return directory;
    }

    static byte[] directoryOf(byte[] path) {
        int slash = lastSlash(path);
        return slash <= 0 ? new byte[] {'/'} : Arrays.copyOf(path, slash);
    }

    static byte[] nameOf(byte[] path) {
        return Arrays.copyOfRange(path, lastSlash(path) + 1, path.length);
    }

    static byte[] join(byte[] directory, byte[] name) {
        boolean slash = directory.length > 0 && directory[directory.length - 1] == '/';
        byte[] path = Arrays.copyOf(directory, directory.length + (slash ? 0 : 1) + name.length);
        if (!slash) {
            path[directory.length] = '/';
        }
        System.arraycopy(name, 0, path, path.length - name.length, name.length);
        return path;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int lastSlash(byte[] path) {
        for (int i = path.length - 1; i >= 0; i--) {
            if (path[i] == '/') {
                return i;
            }
        }
        return -1;
    }
}
