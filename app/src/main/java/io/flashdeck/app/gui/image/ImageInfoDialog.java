package io.flashdeck.app.gui.image;

import io.flashdeck.app.gui.browser.Dialogs;
import io.flashdeck.app.image.VolumeFacts;
import io.flashdeck.core.block.ByteSizes;
import io.flashdeck.core.fat.BootSector;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * Info… for an image: partition table, which volume, file system, geometry, label, volume id and
 * space, read on a worker thread; the dialog opens when they are there.
 */
record ImageInfoDialog(ImageContext context, ImageContext.ShownImage image) {

    void show() {
        context.tasks().run(() -> {
            // Whatever the panes changed is on the file before a second reader looks at it.
            image.place().volume().get().flush();
            return VolumeFacts.read(image.file(), null);
        }, this::show, e -> context.notifier().failed("describe", image.name(), null, e));
    }

    private void show(VolumeFacts facts) {
        BootSector boot = facts.boot();
        FactGrid grid = new FactGrid();
        grid.add("Image", image.file() + ", " + String.format("%,d bytes", facts.imageBytes()));
        grid.add("Partition table", facts.partitions());
        grid.add("Volume", facts.volume());
        grid.add("File system", boot.fatType().displayName());
        grid.add("Label", facts.labelText());
        grid.add("Volume ID", facts.serialText());
        grid.add("OEM name", boot.oemName());
        grid.add("Bytes per sector", String.valueOf(boot.bytesPerSector()));
        grid.add("Sectors per cluster", boot.sectorsPerCluster() + " (" + ByteSizes.format(facts.clusterBytes())
                + " clusters)");
        grid.add("Clusters", String.format("%,d", boot.clusterCount()));
        grid.add("Total sectors", String.format("%,d", boot.totalSectors()));
        grid.add("FAT size", facts.fatsText());
        grid.add("Reserved sectors", String.valueOf(boot.reservedSectors()));
        grid.add("Root directory", facts.rootText());
        grid.add("Used", ByteSizes.format(facts.space().usedBytes()) + " of " + ByteSizes.format(facts.space().totalBytes()));
        grid.add("Free", ByteSizes.format(facts.space().freeBytes()));

        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, context.window(), "Image info", image.name());
        dialog.getDialogPane().setId("image-info");
        ImageStyles.addTo(dialog);
        dialog.getDialogPane().setContent(grid.view());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }
}
