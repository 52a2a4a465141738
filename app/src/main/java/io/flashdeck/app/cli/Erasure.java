package io.flashdeck.app.cli;

import java.io.IOException;

/** The refusal of a command that would erase a volume without {@code --yes}: it says what would be lost. */
final class Erasure {

    private Erasure() {
    }

    /** "formatting erases 3 files (1.2 KiB) on flash.img; add --yes to go ahead" */
    static IOException refusal(String action, String loss, String where) {
        return new IOException(action + " erases " + loss + " on " + where + "; add --yes to go ahead");
    }
}
