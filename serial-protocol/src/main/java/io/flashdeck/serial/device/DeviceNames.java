package io.flashdeck.serial.device;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.agent.DevicePaths;
import io.flashdeck.serial.agent.RawEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From the names a user sees back to the bytes the device stores. Names are shown by the display
 * rule (valid UTF-8 as UTF-8, otherwise code page 437), so a name a PC wrote in CP437 must be
 * found again by its bytes: the bytes of every listed name are remembered, and a non-ASCII name
 * not seen yet makes its directory be listed once. Names never listed are written as UTF-8,
 * as a camera's own scripts write them.
 */
final class DeviceNames {

    /** Lists a directory given by its device bytes. */
    @FunctionalInterface
    interface Lister {
        List<RawEntry> list(byte[] directory) throws IOException;
    }

    private static final int REMEMBERED = 8192;

    private final byte[] mount;
    private final Map<String, byte[]> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    DeviceNames(String mountPath) {
        this.mount = mountPath.getBytes(StandardCharsets.UTF_8);
    }

    /** The device path of {@code path}, listing directories where a name's bytes are unknown. */
    synchronized byte[] resolve(VolumePath path, Lister lister) throws IOException {
        byte[] current = mount;
        for (String name : path.names()) {
            current = DevicePaths.join(current, nameBytes(current, name, lister));
        }
        return current;
    }

    /** Remembers the bytes of the names just listed in {@code directory}. */
    synchronized void learn(byte[] directory, List<RawEntry> entries) {
        for (RawEntry entry : entries) {
            known.put(key(directory, DisplayNames.fromBytes(entry.name())), entry.name());
        }
    }

    /** The entry is gone (deleted or renamed): its display name may mean other bytes next time. */
    synchronized void forget(byte[] path) {
        known.remove(key(DevicePaths.directory(path), DisplayNames.fromBytes(DevicePaths.name(path))));
    }

    private byte[] nameBytes(byte[] directory, String name, Lister lister) throws IOException {
        byte[] bytes = known.get(key(directory, name));
        if (bytes != null) {
            return bytes;
        }
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (DisplayNames.isPortable(name)) {
            return utf8; // printable ASCII reads the same in every encoding
        }
        try {
            learn(directory, lister.list(directory));
        } catch (FileSystemException e) {
            return utf8; // no such directory: the operation itself will say so
        }
        bytes = known.get(key(directory, name));
        return bytes != null ? bytes : utf8;
    }

    private static String key(byte[] directory, String name) {
        return new String(directory, StandardCharsets.ISO_8859_1) + '\0' + name;
    }
}
