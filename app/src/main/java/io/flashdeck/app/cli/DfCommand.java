package io.flashdeck.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.serial.agent.MountInfo;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Size and free space of image volumes and camera mounts, as text or one JSON object per volume.
 * A camera shows every mount ({@code cam:}) or the one holding the path given ({@code cam:/flash}).
 */
final class DfCommand extends ImageCommand {

    static final String NAME = "df";
    /** The volume column's width; the numbers stay in their columns below a longer name. */
    private static final int NAME_WIDTH = 24;
    /** Volume, type, size, used, free: the columns the header and every row share. */
    private static final String COLUMNS = "%-" + NAME_WIDTH + "s %-6s %10s %10s %10s ";

    private final Declared<Boolean> json;
    private ObjectMapper mapper;
    private boolean headerPrinted;

    DfCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, "measure", true, NAME, "Show size and free space of image volumes and camera mounts.",
                "Operands: IMAGE, IMAGE@N, or a camera: cam:, cam@PORT:, emu: (all mounts) or cam:/flash (one).");
        json = declaration.flag("One JSON object per volume: image or camera, mount, fs, (type,) size, free.",
                "--json");
    }

    @Override
    void apply(ImageArgument image) throws IOException {
        SpaceInfo space;
        try (FatVolume volume = DiskImage.openVolume(image.image(), image.partition(),
                FatOptions.DEFAULT.withReadOnly(true))) {
            space = volume.space();
        }
        if (json.value()) {
            ObjectNode node = node("image", image.text(), "/", "fat");
            node.put("type", space.fileSystem());
            print(node, space);
        } else {
            printRow(image.text(), space);
        }
    }

    @Override
    void apply(CameraLocation location, ConnectedCamera camera) throws IOException {
        List<MountInfo> mounts = location.path().isRoot() ? camera.mounts()
                : List.of(camera.mountOf(location.path()).orElseThrow(() -> new NoSuchFileException(
                        location.path().toString(), null, "not on any mount of the camera")));
        for (MountInfo mount : mounts) {
            SpaceInfo space = new SpaceInfo(mount.fileSystem(), mount.totalBytes(), mount.freeBytes(), mount.blockSize());
            if (json.value()) {
                print(node("camera", camera.name(), mount.path(), mount.fileSystem()), space);
            } else {
                printRow(camera.name() + ":" + mount.path(), space);
            }
        }
    }

    private ObjectNode node(String kind, String name, String mount, String fileSystem) {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        ObjectNode node = mapper.createObjectNode();
        node.put(kind, name);
        node.put("mount", mount);
        node.put("fs", fileSystem);
        return node;
    }

    private void print(ObjectNode node, SpaceInfo space) throws IOException {
        node.put("size", space.totalBytes());
        node.put("free", space.freeBytes());
        out().println(mapper.writeValueAsString(node));
    }

    private void printRow(String volume, SpaceInfo space) {
        if (!headerPrinted) {
            out().printf(COLUMNS + "%5s%n", "Volume", "Type", "Size", "Used", "Free", "Use%");
            headerPrinted = true;
        }
        String name = volume;
        if (volume.length() > NAME_WIDTH) {
            // rows print as each volume is measured: a longer name gets a line of its own (classic df)
            out().println(volume);
            name = "";
        }
        long percent = space.totalBytes() == 0 ? 0 : Math.round(100.0 * space.usedBytes() / space.totalBytes());
        out().printf(COLUMNS + "%4d%%%n", name, space.fileSystem(),
                ByteSizes.format(space.totalBytes()), ByteSizes.format(space.usedBytes()),
                ByteSizes.format(space.freeBytes()), percent);
    }
}
