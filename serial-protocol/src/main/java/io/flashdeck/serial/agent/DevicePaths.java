package io.flashdeck.serial.agent;

import java.util.Arrays;

/** Paths on a device as the agent takes them: the device's bytes, absolute, separated by {@code /}. */
public final class DevicePaths {

    private static final byte[] ROOT = {'/'};

    private DevicePaths() {
    }

    /** The bytes after the last slash. */
    public static byte[] name(byte[] path) {
        return Arrays.copyOfRange(path, lastSlash(path) + 1, path.length);
    }

    /** The bytes before the last slash; {@code /} for a name at the top. */
    public static byte[] directory(byte[] path) {
        int slash = lastSlash(path);
        return slash <= 0 ? ROOT.clone() : Arrays.copyOf(path, slash);
    }

    public static byte[] join(byte[] directory, byte[] name) {
        boolean slash = directory.length > 0 && directory[directory.length - 1] == '/';
        byte[] path = Arrays.copyOf(directory, directory.length + (slash ? 0 : 1) + name.length);
        if (!slash) {
            path[directory.length] = '/';
        }
        System.arraycopy(name, 0, path, path.length - name.length, name.length);
        return path;
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
