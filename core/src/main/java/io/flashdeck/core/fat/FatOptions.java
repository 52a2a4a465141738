package io.flashdeck.core.fat;

import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.volume.LocalZone;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a FAT volume is opened.
 *
 * @param readOnly  refuse every change
 * @param nameStyle how names given for writing are stored (DESIGN.md §3)
 * @param clock     local time for new timestamps (FAT keeps local time)
 */
public record FatOptions(boolean readOnly, NameStyle nameStyle, Supplier<LocalDateTime> clock) {

    /** Read-write, names stored as the camera stores them, the system clock. */
    public static final FatOptions DEFAULT = new FatOptions(false, NameStyle.CAMERA, () -> LocalZone.system().now());

    public FatOptions {
        Objects.requireNonNull(nameStyle, "nameStyle");
        Objects.requireNonNull(clock, "clock");
    }

    public FatOptions withReadOnly(boolean readOnly) {
        return new FatOptions(readOnly, nameStyle, clock);
    }

    public FatOptions withNameStyle(NameStyle style) {
        return new FatOptions(readOnly, style, clock);
    }

    public FatOptions withClock(Supplier<LocalDateTime> newClock) {
        return new FatOptions(readOnly, nameStyle, newClock);
    }
}
