package io.flashdeck.core.fat.tree;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The directories read most recently, so that walking a tree or opening many files in one
 * directory reads and scans each directory once. Bounded by count and by bytes.
 */
final class DirectoryCache {

    private static final int MAX_DIRECTORIES = 64;
    private static final long MAX_BYTES = 8L << 20;

    private final Map<DirectoryLocation, DirectoryImage> images = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    DirectoryImage get(DirectoryLocation location) {
        return images.get(location);
    }

    void put(DirectoryImage image) {
        forget(image.location());
        images.put(image.location(), image);
        bytes += image.bytes().length;
        Iterator<DirectoryImage> eldest = images.values().iterator();
        while (images.size() > MAX_DIRECTORIES || bytes > MAX_BYTES) {
            bytes -= eldest.next().bytes().length;
            eldest.remove();
        }
    }

    void forget(DirectoryLocation location) {
        DirectoryImage old = images.remove(location);
        if (old != null) {
            bytes -= old.bytes().length;
        }
    }

    void clear() {
        images.clear();
        bytes = 0;
    }
}
