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
        List<String> options = new ArrayList<>(List.of("-C", "-F", Integer.toString(fatBits)));
        options.addAll(List.of(extraOptions));
        mkfs(image, kibibytes, options.toArray(String[]::new));
        return image;
    }

    /** mkfs.fat on an existing image file, over all of it. */
    public static ExternalTool.Result mkfs(Path image, String... options) {
        return mkfs(image, null, options);
    }

    /** mkfs.fat limited to {@code kibibytes} (its BLOCKS argument), or the whole image when null. */
    public static ExternalTool.Result mkfs(Path image, Long kibibytes, String... options) {
        List<String> command = new ArrayList<>(List.of("mkfs.fat"));
        command.addAll(List.of(options));
        command.add(image.toString());
        if (kibibytes != null) {
            command.add(Long.toString(kibibytes));
        }
        return ExternalTool.run(command).requireSuccess();
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
