package io.flashdeck.core.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The new host files being written right now. Should FlashDeck be stopped before they are
 * complete (Ctrl-C, a closed window, a terminating signal), they are removed as it exits, so that
 * no half-written file is left under a real name. Only a hard kill skips this.
 */
final class UnfinishedFiles {

    private static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(UnfinishedFiles::removeAll, "flashdeck-unfinished-files"));
        } catch (IllegalStateException alreadyExiting) {
            // a first write while the JVM exits: its own failure or completion decides what stays
        }
    }

    private UnfinishedFiles() {
    }

    static void started(Path file) {
        FILES.add(file);
    }

    static void finished(Path file) {
        FILES.remove(file);
    }

    private static void removeAll() {
        for (Path file : FILES) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // exiting: nothing else can be done about it
            }
        }
    }
}
