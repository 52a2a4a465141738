package io.flashdeck.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.volume.SpaceInfo;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Size and free space of image volumes, as text or one JSON object per volume. */
@Command(name = "df", mixinStandardHelpOptions = true, description = "Show size and free space of volumes.")
final class DfCommand extends ImageCommand {

    @Option(names = "--json", description = "One JSON object per volume: mount, fs, type, size, free.")
    boolean json;

    private ObjectMapper mapper;
    private boolean headerPrinted;

    DfCommand() {
        super("measure");
    }

    @Override
    void apply(ImageArgument image) throws IOException {
        SpaceInfo space;
        try (FatVolume volume = DiskImage.openVolume(image.image(), image.partition(),
                FatOptions.DEFAULT.withReadOnly(true))) {
            space = volume.space();
        }
        if (json) {
            printJson(image, space);
        } else {
            printRow(image, space);
        }
    }

    private void printJson(ImageArgument image, SpaceInfo space) throws IOException {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("image", image.text());
        node.put("mount", "/");
        node.put("fs", "fat");
        node.put("type", space.fileSystem());
        node.put("size", space.totalBytes());
        node.put("free", space.freeBytes());
        out().println(mapper.writeValueAsString(node));
    }

    private void printRow(ImageArgument image, SpaceInfo space) {
        if (!headerPrinted) {
            out().printf("%-24s %-6s %10s %10s %10s %5s%n", "Volume", "Type", "Size", "Used", "Free", "Use%");
            headerPrinted = true;
        }
        long percent = space.totalBytes() == 0 ? 0 : Math.round(100.0 * space.usedBytes() / space.totalBytes());
        out().printf("%-24s %-6s %10s %10s %10s %4d%%%n", image.text(), space.fileSystem(),
                ByteSizes.format(space.totalBytes()), ByteSizes.format(space.usedBytes()),
                ByteSizes.format(space.freeBytes()), percent);
    }
}
