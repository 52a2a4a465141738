package io.flashdeck.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Images made by the real tools: {@code mkfs.fat}, then filled by mtools. */
public final class FatImages {

    private FatImages() {
    }

    /** A new bare image of {@code kibibytes} formatted by mkfs.fat with {@code extraOptions}. */
    public static Path mkfs(Path image, int fatBits, long kibibytes, String... extraOptions) {
        List<String> command = new ArrayList<>(List.of("mkfs.fat", "-C", "-F", Integer.toString(fatBits)));
        command.addAll(List.of(extraOptions));
        command.add(image.toString());
        command.add(Long.toString(kibibytes));
        ExternalTool.run(command).requireSuccess();
        return image;
    }

    /**
     * Copies every child of {@code hostRoot} into the volume's root so that their clusters are
     * fragmented: spacer files are written first, every other one is deleted to leave holes for
     * the tree, and the rest are deleted afterwards (leaving deleted entries behind).
     */
    public static void fillFragmented(MTools volume, Path hostRoot, Path scratch) throws IOException {
        Path spacers = Files.createDirectories(scratch.resolve("spacers"));
        List<Path> spacerFiles = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Path spacer = spacers.resolve("SPACER" + i + ".BIN");
            Files.write(spacer, new byte[1500 + 700 * i]);
            spacerFiles.add(spacer);
        }
        volume.copyIn("::/", spacerFiles.toArray(Path[]::new));
        for (int i = 0; i < spacerFiles.size(); i += 2) {
            volume.delete("::/SPACER" + i + ".BIN");
        }
        try (var children = Files.list(hostRoot)) {
            Path[] sources = children.sorted().toArray(Path[]::new);
            if (sources.length > 0) {
                volume.copyIn("::/", sources);
            }
        }
        for (int i = 1; i < spacerFiles.size(); i += 2) {
            volume.delete("::/SPACER" + i + ".BIN");
        }
    }
}
