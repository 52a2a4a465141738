package io.flashdeck.app.device;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.image.ImageFormatter;
import io.flashdeck.core.volume.Volume;
import java.io.IOException;

/**
 * What erasing a volume loses, in the words both the command line's refusals and the desktop
 * app's confirmations use: "3 files (1.2 KiB)".
 *
 * @param files every file on the volume, in every directory
 * @param bytes their sizes added up
 */
public record Loss(long files, long bytes) {

    /** Counts what {@code volume} holds now. */
    public static Loss of(Volume volume) throws IOException {
        return of(ImageFormatter.Contents.of(volume));
    }

    public static Loss of(ImageFormatter.Contents contents) {
        return new Loss(contents.files(), contents.bytes());
    }

    /** "3 files (1.2 KiB)", "1 file (0 bytes)" */
    public String describe() {
        return files + (files == 1 ? " file" : " files") + " (" + ByteSizes.format(bytes) + ")";
    }

    /** "/flash: 3 files (1.2 KiB) will be erased" */
    public String erasedFrom(String where) {
        return where + ": " + describe() + " will be erased";
    }
}
