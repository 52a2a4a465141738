package io.flashdeck.app.cli;

import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.image.ImageFormatter;
import io.flashdeck.core.volume.Volume;
import java.io.IOException;

/** The refusal of a command that would erase a volume without {@code --yes}: it says what would be lost. */
final class Erasure {

    private Erasure() {
    }

    /** "formatting erases 3 files (1.2 KiB) on flash.img; add --yes to go ahead" */
    static IOException refusal(String action, String loss, String where) {
        return new IOException(action + " erases " + loss + " on " + where + "; add --yes to go ahead");
    }

    /** "3 files (1.2 KiB)" */
    static String loss(long files, long bytes) {
        return files + (files == 1 ? " file" : " files") + " (" + ByteSizes.format(bytes) + ")";
    }

    /** What {@code volume} holds, as {@link #loss} words it. */
    static String contents(Volume volume) throws IOException {
        ImageFormatter.Contents contents = ImageFormatter.Contents.of(volume);
        return loss(contents.files(), contents.bytes());
    }
}
