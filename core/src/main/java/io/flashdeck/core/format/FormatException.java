package io.flashdeck.core.format;

import io.flashdeck.core.block.ByteSizes;
import java.io.IOException;

/** The requested volume cannot be made on this device; the message says why. */
public class FormatException extends IOException {

    public FormatException(String message) {
        super(message);
    }

    /** "a device of 64 MiB", or "a device of 64 MiB with 16 KiB clusters" when the cluster size was given. */
    static String device(long sectors, int clusterSectors) {
        String size = "a device of " + ByteSizes.format(sectors * FormatOptions.SECTOR_SIZE);
        return clusterSectors == 0 ? size : size + " with " + ByteSizes.format(clusterSectors * 512L) + " clusters";
    }
}
