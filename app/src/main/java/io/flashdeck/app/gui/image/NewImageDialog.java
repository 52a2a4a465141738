package io.flashdeck.app.gui.image;

import io.flashdeck.app.gui.browser.Dialogs;
import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.format.Layout;
import io.flashdeck.core.format.SizeParser;
import io.flashdeck.core.image.ImageFormatter;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * New image…: where, how large, which FAT type, whose layout (MicroPython's, as a camera formats,
 * by default) and a label. The image is made on a worker and opened in the active pane.
 */
final class NewImageDialog {

    /** A new image: its file, size and format. */
    record Request(Path file, long bytes, FormatOptions options) {
    }

    private final ImageContext context;
    private final TextField file = new TextField();
    private final TextField size = new TextField("64");
    private final ChoiceBox<String> unit = new ChoiceBox<>();
    private final ChoiceBox<String> fatType = new ChoiceBox<>();
    private final ChoiceBox<Layout> layout = new ChoiceBox<>();
    private final TextField label = new TextField();

    NewImageDialog(ImageContext context) {
        this.context = context;
    }

    void show() {
        Dialog<Request> dialog = new Dialog<>();
        Dialogs.prepare(dialog, context.window(), "New image", "Make a new FAT disk image");
        dialog.getDialogPane().setId("new-image");
        ImageStyles.addTo(dialog);
        ButtonType create = new ButtonType("Create", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form().view());
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(Bindings.createBooleanBinding(
                () -> request().isEmpty(), file.textProperty(), size.textProperty(), unit.valueProperty(),
                label.textProperty()));
        dialog.setResultConverter(button -> button == create ? request().orElse(null) : null);
        dialog.showAndWait().ifPresent(this::create);
    }

    private FactGrid form() {
        file.setId("new-image-file");
        file.setPrefColumnCount(28);
        file.setText(context.activeImage().map(image -> image.file().resolveSibling("new.img"))
                .orElse(Path.of(System.getProperty("user.home"), "new.img")).toString());
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        size.setId("new-image-size");
        size.setPrefColumnCount(6);
        unit.getItems().setAll("KiB", "MiB", "GiB");
        unit.setValue("MiB");
        fatType.setId("new-image-fat");
        fatType.getItems().setAll("Automatic", "FAT12", "FAT16", "FAT32");
        fatType.setValue("Automatic");
        layout.setId("new-image-layout");
        layout.getItems().setAll(Layout.values());
        layout.setValue(Layout.MICROPYTHON);
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(Layout value) {
                return value == Layout.MKFS ? "mkfs.fat (2 FATs, for PCs)" : "MicroPython (as a camera formats)";
            }

            @Override
            public Layout fromString(String text) {
                throw new UnsupportedOperationException("the layout is chosen, not typed");
            }
        });
        label.setId("new-image-label");
        label.setPromptText("up to 11 characters");
        FactGrid grid = new FactGrid();
        grid.add("File", new HBox(6, file, browse));
        grid.add("Size", new HBox(6, size, unit));
        grid.add("FAT type", fatType);
        grid.add("Layout", layout);
        grid.add("Label", label);
        return grid;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New disk image");
        Path current = Path.of(file.getText().isBlank() ? System.getProperty("user.home") : file.getText());
        Optional.ofNullable(current.getParent()).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        chooser.setInitialFileName(String.valueOf(current.getFileName()));
        File chosen = chooser.showSaveDialog(context.window());
        if (chosen != null) {
            file.setText(chosen.getPath());
        }
    }

    /** What the form asks for, or empty while it is not complete or not valid. */
    private Optional<Request> request() {
        try {
            FormatOptions options = FormatOptions.defaults().withLayout(layout.getValue());
            if (!fatType.getValue().equals("Automatic")) {
                options = options.withFatType(FatType.parse(fatType.getValue().substring(3)));
            }
            if (!label.getText().isBlank()) {
                options = options.withLabel(label.getText().strip());
            }
            long bytes = SizeParser.parse(size.getText().strip() + unit.getValue().charAt(0));
            return file.getText().isBlank() ? Optional.empty()
                    : Optional.of(new Request(Path.of(file.getText().strip()).toAbsolutePath(), bytes, options));
        } catch (IllegalArgumentException notYet) {
            return Optional.empty();
        }
    }

    private void create(Request request) {
        String name = String.valueOf(request.file().getFileName());
        context.tasks().run(() -> ImageFormatter.create(request.file(), request.bytes(), request.options()),
                result -> context.opener().open(request.file()),
                e -> context.notifier().failed("create", name, null, e));
    }
}
