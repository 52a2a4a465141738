package io.flashdeck.app.gui.browser;

import io.flashdeck.app.gui.theme.IconImages;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.icons.FileTypeIcon;
import java.util.Locale;
import java.util.Set;
import javafx.scene.image.ImageView;

/**
 * What a file is, as far as its icon goes: told by the extension, as a camera's files carry no
 * other type. Each kind has its drawn icon from the icons module and a style class naming it.
 */
public enum FileKind {
    FOLDER(FileTypeIcon.FOLDER, Set.of()),
    PYTHON(FileTypeIcon.PYTHON, Set.of("py", "pyw", "mpy")),
    IMAGE(FileTypeIcon.IMAGE, Set.of("jpg", "jpeg", "png", "bmp", "gif", "pgm", "ppm", "webp")),
    VIDEO(FileTypeIcon.VIDEO, Set.of("mjpeg", "mjpg", "mp4", "avi")),
    TEXT(FileTypeIcon.TEXT, Set.of("txt", "md", "log", "cfg", "ini", "toml", "yaml", "yml")),
    DATA(FileTypeIcon.DATA, Set.of("json", "csv", "xml")),
    MODEL(FileTypeIcon.MODEL, Set.of("tflite", "onnx", "bin", "network")),
    DISK(FileTypeIcon.DISK, Set.of("img", "iso")),
    OTHER(FileTypeIcon.OTHER, Set.of());

    private final FileTypeIcon icon;
    private final Set<String> extensions;

    FileKind(FileTypeIcon icon, Set<String> extensions) {
        this.icon = icon;
        this.extensions = extensions;
    }

    public static FileKind of(FileEntry entry) {
        return entry.isDirectory() ? FOLDER : ofName(entry.name());
    }

    static FileKind ofName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return OTHER;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return kind;
            }
        }
        return OTHER;
    }

    /** Makes {@code view} show this kind: a table cell keeps its icon node while it scrolls from row to row. */
    void applyTo(ImageView view) {
        view.setImage(IconImages.image(icon));
        view.setAccessibleText(name().toLowerCase(Locale.ROOT));
        view.getStyleClass().removeIf(style -> style.startsWith("file-"));
        view.getStyleClass().addAll("file-icon", "file-" + name().toLowerCase(Locale.ROOT));
    }
}
