package io.flashdeck.serial.emu;

import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.image.ImageFormatter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The camera's storage as OpenMV firmware 4.6+ mounts it: the internal flash at {@code /flash} and
 * the SD card, when there is one, at {@code /sdcard}, each a FAT image file. A missing image is
 * made as {@code VfsFat.mkfs} would format it; a new flash gets OpenMV's default files.
 */
final class CameraStorage implements Closeable {

    static final String FLASH = "/flash";
    static final String SDCARD = "/sdcard";

    private final List<Mount> mounts;

    private CameraStorage(List<Mount> mounts) {
        this.mounts = mounts;
    }

    static CameraStorage open(CameraSettings settings) throws IOException {
        List<Mount> mounts = new ArrayList<>();
        try {
            boolean fresh = makeIfMissing(settings.flashImage(), CameraSettings.FLASH_BYTES);
            Mount flash = Mount.open(FLASH, settings.flashImage());
            mounts.add(flash);
            if (fresh) {
                OpenMvDefaults.write(flash.volume());
            }
            if (settings.sdcardImage() != null) {
                makeIfMissing(settings.sdcardImage(), CameraSettings.SDCARD_BYTES);
                mounts.add(Mount.open(SDCARD, settings.sdcardImage()));
            }
            return new CameraStorage(mounts);
        } catch (IOException | RuntimeException e) {
            new CameraStorage(mounts).closeQuietly(e);
            throw e;
        }
    }

    /** In the order {@code vfs.mount()} lists them. */
    List<Mount> mounts() {
        return mounts;
    }

    Optional<Mount> mountAt(String path) {
        return mounts.stream().filter(m -> m.path().equals(path)).findFirst();
    }

    /** Makes everything written durable ({@code os.sync()}). */
    void flush() throws IOException {
        for (Mount mount : mounts) {
            mount.volume().flush();
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Mount mount : mounts) {
            try {
                mount.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void closeQuietly(Exception failure) {
        try {
            close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean makeIfMissing(Path image, long size) throws IOException {
        if (Files.exists(image)) {
            return false;
        }
        Path parent = image.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageFormatter.create(image, size, FormatOptions.defaults());
        return true;
    }
}
