package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.CameraLocation;
import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.app.device.ConnectedCamera;
import io.flashdeck.app.device.Loss;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.format.FormatResult;
import io.flashdeck.core.format.Layout;
import io.flashdeck.core.format.SizeParser;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.image.ImageFormatter;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.serial.agent.MountInfo;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Formats an image's volume, creates a new formatted image with {@code --create}, or formats a
 * camera's mount the way its firmware does ({@code VfsFat.mkfs} on the mount's block device).
 */
final class FormatCommand extends VolumeCommand {

    static final String NAME = "format";

    private final Declared<String> operand;
    private final Declared<Boolean> create;
    private final Declared<String> size;
    private final Declared<String> fatType;
    private final Declared<String> layout;
    private final Declared<String> label;
    private final Declared<Boolean> whole;
    private final Declared<Boolean> yes;
    /** Options that shape a volume FlashDeck lays out itself; a camera lays out its own. */
    private final List<Declared<?>> imageOnly;

    FormatCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, NAME, "Format an image's FAT volume or a camera's mount (everything on it is erased).",
                "A camera mount is named as cam:/flash; a new image file is made with --create --size.");
        operand = declaration.operand(0, "IMAGE|CAMERA",
                "The image: IMAGE or IMAGE@N (partition N); or a camera mount: cam:/flash.");
        create = declaration.flag("Make a new image file (it must not exist).", "--create");
        size = declaration.option(String.class, "SIZE", "Size of a new image: bytes or 128K, 64M, 3G, 1T.", "--size");
        fatType = declaration.option(String.class, "12|16|32", "FAT type (default: chosen from the size).", "--fat");
        layout = declaration.add(OptionSpec.builder("--layout").type(String.class).paramLabel("micropython|mkfs")
                .defaultValue("micropython").description("micropython: as VfsFat.mkfs on a camera (1 FAT); "
                        + "mkfs: as mkfs.fat (2 FATs). Default: ${DEFAULT-VALUE}."));
        label = declaration.option(String.class, "LABEL", "Volume label (up to 11 characters).", "--label");
        whole = declaration.flag("Format the whole image, ignoring its partition table.", "--whole");
        yes = declaration.flag("Erase the existing volume without asking.", "--yes");
        imageOnly = List.of(create, size, fatType, layout, label, whole);
    }

    @Override
    void run(VolumeOpener opener) {
        Optional<CameraLocation> camera = parseCamera();
        if (camera.isPresent()) {
            requireCameraOperands(camera.get());
            try {
                formatCamera(camera.get(), opener.cameras().camera(camera.get()));
            } catch (IOException e) {
                failed("format", operand.value(), e);
            }
            return;
        }
        FormatOptions options = options();
        try {
            FormatResult result = create.value() ? createImage(options) : formatImage(options);
            if (result != null) {
                out().println("formatted " + operand.value() + ": " + result.describe());
            }
        } catch (IOException e) {
            failed(create.value() ? "create" : "format", operand.value(), e);
        }
    }

    private FormatResult createImage(FormatOptions options) throws IOException {
        if (size.value() == null) {
            throw usageError("--create needs --size");
        }
        long bytes;
        try {
            bytes = SizeParser.parse(size.value());
        } catch (IllegalArgumentException e) {
            throw usageError("Invalid --size: " + e.getMessage());
        }
        return ImageFormatter.create(flashdeck.environment().workingDirectory().resolve(operand.value()), bytes,
                options);
    }

    private FormatResult formatImage(FormatOptions options) throws IOException {
        if (size.value() != null) {
            throw usageError("--size only goes with --create (an existing image keeps its size)");
        }
        ImageArgument argument = imageOperand(operand.value());
        // Only erasing writes: a refusal reads the volume and leaves the file untouched.
        try (DiskImage image = DiskImage.open(argument.image(), !yes.value())) {
            if (!yes.value()) {
                refuse(argument, ImageFormatter.contents(image, argument.partition()));
                return null;
            }
            return ImageFormatter.format(image, argument.partition(), whole.value(), options);
        }
    }

    /** Says what would be lost and fails: erasing needs --yes. */
    private void refuse(ImageArgument argument, Optional<ImageFormatter.Contents> contents) throws IOException {
        String loss = contents.map(c -> Loss.of(c).describe()).orElse("everything");
        throw Erasure.refusal("formatting", loss, argument.text());
    }

    private void requireCameraOperands(CameraLocation location) {
        for (Declared<?> option : imageOnly) {
            if (option.given()) {
                throw usageError(option.name() + " is for images: a camera formats its mounts as its firmware does");
            }
        }
        if (location.path().isRoot()) {
            throw usageError("name the camera's mount to format, such as cam:/flash");
        }
    }

    private void formatCamera(CameraLocation location, ConnectedCamera camera) throws IOException {
        MountInfo mount = camera.mountAt(location.path());
        String where = camera.name() + ":" + mount.path();
        if (!yes.value()) {
            throw Erasure.refusal("formatting", Loss.of(camera.volume(mount)).describe(), where);
        }
        camera.session().format(mount.path());
        SpaceInfo space = camera.volume(mount).space();
        out().println("formatted " + where + ": " + space.fileSystem() + ", " + ByteSizes.format(space.freeBytes())
                + " free of " + ByteSizes.format(space.totalBytes()));
    }

    private Optional<CameraLocation> parseCamera() {
        try {
            return CameraArgument.parse(flashdeck.parser(), operand.value());
        } catch (IllegalArgumentException e) {
            throw usageError("Invalid camera " + e.getMessage());
        }
    }

    private FormatOptions options() {
        FormatOptions options = FormatOptions.defaults();
        try {
            if (fatType.value() != null) {
                options = options.withFatType(FatType.parse(fatType.value()));
            }
            options = options.withLayout(Layout.valueOf(layout.value().trim().toUpperCase(Locale.ROOT)));
            if (label.value() != null) {
                options = options.withLabel(label.value());
            }
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage().startsWith("No enum constant")
                    ? "unknown layout \"" + layout.value() + "\" (use micropython or mkfs)" : e.getMessage());
        }
        return options;
    }
}
