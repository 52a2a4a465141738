package io.flashdeck.app.gui.transfer;

import io.flashdeck.core.transfer.Endpoint;
import java.util.List;
import java.util.Objects;

/**
 * Files and folders to copy into one directory. Files that exist there are left alone when they
 * have the same content, otherwise the user is asked about them.
 *
 * @param sources    what to copy, each with everything below it
 * @param sourceName where they come from as the user knows it, such as {@code /home/me/Desktop}
 * @param target     the directory they go into
 * @param targetName the directory as the user knows it, such as {@code flash.img:/DCIM}
 * @param whenDone   runs on the FX thread when the copy ended, also after a failure (panes refresh)
 */
public record CopyRequest(List<Endpoint> sources, String sourceName, Endpoint target, String targetName,
        Runnable whenDone) {

    public CopyRequest {
        sources = List.copyOf(sources);
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(whenDone, "whenDone");
    }

    /** "a.jpg" or "3 items", for the status bar. */
    public String what() {
        return sources.size() == 1 ? sources.get(0).path().name() : sources.size() + " items";
    }
}
