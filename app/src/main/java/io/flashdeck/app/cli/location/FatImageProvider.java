package io.flashdeck.app.cli.location;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.volume.Volume;
import java.io.IOException;
import java.nio.file.Path;

/** Opens image locations with FlashDeck's own FAT engine. */
public final class FatImageProvider implements ImageVolumeProvider {

    private final NameStyle nameStyle;

    /**
     * @param nameStyle how new non-ASCII names are stored: as the camera would ({@code CAMERA}) or
     *                  as plain Unicode long names for volumes meant for PCs
     */
    public FatImageProvider(NameStyle nameStyle) {
        this.nameStyle = nameStyle;
    }

    @Override
    public ImageVolumeProvider withNameStyle(NameStyle style) {
        return style == nameStyle ? this : new FatImageProvider(style);
    }

    @Override
    public Volume open(Path image, Integer partition, boolean readOnly) throws IOException {
        FatOptions options = FatOptions.DEFAULT.withReadOnly(readOnly).withNameStyle(nameStyle);
        return DiskImage.openVolume(image, partition, options);
    }
}
