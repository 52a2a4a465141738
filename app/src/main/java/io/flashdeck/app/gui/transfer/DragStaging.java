package io.flashdeck.app.gui.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The staging folders of drags out of a pane, one per drag: {@code ROOT/MILLIS-RANDOM/NAME}. The
 * download goes into the folder's {@code .incoming} first and each dragged item is moved to its
 * final name once its copy ended verified: the desktop finds a file or a folder under the name it
 * was given only when it is complete (a file already is, by the host volume's temporary file and
 * rename; a folder needs the move as well). A folder is removed after {@link #KEPT}: by then the
 * desktop has read the drop, even one that attached the file to a mail draft and read it late.
 * Not tied to the FX thread.
 */
public final class DragStaging {

    public static final Duration KEPT = Duration.ofHours(1);

    private static final String INCOMING = ".incoming";
    /** The folders this class makes; anything else under the root is left alone. */
    private static final Pattern FOLDER = Pattern.compile("(\\d{1,18})-[0-9a-f]{1,8}");

    private final Path root;

    public DragStaging(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The path of a new drag's folder, named after {@code now}; made when its download starts. */
    public Path newFolder(Instant now) {
        return root.resolve(now.toEpochMilli() + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt()));
    }

    /** Where the download into {@code folder} is written before its items are complete. */
    public static Path incoming(Path folder) {
        return folder.resolve(INCOMING);
    }

    /** Moves the complete item {@code name} to its final name in {@code folder}, in one rename. */
    public static void publish(Path folder, String name) throws IOException {
        Files.move(incoming(folder).resolve(name), folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the staging folders made before {@code now} minus {@link #KEPT}; returns how many. */
    public int removeOld(Instant now) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> old;
        try (Stream<Path> folders = Files.list(root)) {
            old = folders.filter(folder -> madeBefore(folder, now.minus(KEPT))).toList();
        }
        for (Path folder : old) {
            deleteTree(folder);
        }
        return old.size();
    }

    private static boolean madeBefore(Path folder, Instant limit) {
        Matcher name = FOLDER.matcher(folder.getFileName().toString());
        return name.matches() && Instant.ofEpochMilli(Long.parseLong(name.group(1))).isBefore(limit);
    }

    /** Deepest first; links are removed, never followed. */
    private static void deleteTree(Path folder) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            try {
                Files.delete(path);
            } catch (NoSuchFileException gone) {
                // another FlashDeck window cleaned up at the same moment
            }
        }
    }
}
