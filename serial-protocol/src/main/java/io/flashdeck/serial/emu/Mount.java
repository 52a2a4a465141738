package io.flashdeck.serial.emu;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.image.ImageFormatter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One FAT volume of the camera, at {@code /flash} or {@code /sdcard}, kept in an image file. The
 * engine stores each long name exactly as given ({@link NameStyle#UNICODE}): the camera's code
 * page 437 translation happens before, in {@link FatNames}, as FatFs does it.
 */
final class Mount implements Closeable {

    private static final FatOptions OPTIONS = FatOptions.DEFAULT.withNameStyle(NameStyle.UNICODE);

    private final String path;
    private final Path image;
    private FatVolume volume;

    private Mount(String path, Path image, FatVolume volume) {
        this.path = path;
        this.image = image;
        this.volume = volume;
    }

    static Mount open(String path, Path image) throws IOException {
        return new Mount(path, image, DiskImage.openVolume(image, null, OPTIONS));
    }

    /** The mount point, such as {@code /flash}. */
    String path() {
        return path;
    }

    FatVolume volume() {
        return volume;
    }

    /** {@code VfsFat.mkfs} of the whole device behind the mount, then mounted again. */
    void format() throws IOException {
        volume.close();
        try (DiskImage disk = DiskImage.open(image, false)) {
            ImageFormatter.format(disk, null, true, FormatOptions.defaults());
        } finally {
            volume = DiskImage.openVolume(image, null, OPTIONS);
        }
    }

    @Override
    public void close() throws IOException {
        volume.close();
    }
}
