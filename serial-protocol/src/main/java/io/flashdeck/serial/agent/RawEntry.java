package io.flashdeck.serial.agent;

import io.flashdeck.core.volume.EntryType;
import java.time.LocalDateTime;

/**
 * A directory entry as the device stores it: the name's exact bytes (FatFs on a camera hands out
 * code page 437 bytes, scripts may have written UTF-8), its type, size and modification time.
 *
 * @param modified local time, or null when the device did not say (large directories, no clock)
 */
public record RawEntry(byte[] name, EntryType type, long size, LocalDateTime modified) {

    public RawEntry {
        name = name.clone();
    }

    @Override
    public byte[] name() {
        return name.clone();
    }
}
