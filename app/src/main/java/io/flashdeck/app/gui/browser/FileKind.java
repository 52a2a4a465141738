package io.flashdeck.app.gui.browser;

import io.flashdeck.core.volume.FileEntry;
import java.util.Locale;
import java.util.Set;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * What a file is, as far as its icon goes: told by the extension, as a camera's files carry no
 * other type. Each kind has a glyph and a style class that colours it.
 */
public enum FileKind {
    FOLDER(MaterialDesignF.FOLDER, Set.of()),
    PYTHON(MaterialDesignL.LANGUAGE_PYTHON, Set.of("py", "pyw", "mpy")),
    IMAGE(MaterialDesignF.FILE_IMAGE_OUTLINE, Set.of("jpg", "jpeg", "png", "bmp", "gif", "pgm", "ppm", "webp")),
    VIDEO(MaterialDesignF.FILE_VIDEO_OUTLINE, Set.of("mjpeg", "mjpg", "mp4", "avi")),
    TEXT(MaterialDesignF.FILE_DOCUMENT_OUTLINE, Set.of("txt", "md", "log", "cfg", "ini", "toml", "yaml", "yml")),
    DATA(MaterialDesignC.CODE_JSON, Set.of("json", "csv", "xml")),
    MODEL(MaterialDesignF.FILE_COG_OUTLINE, Set.of("tflite", "onnx", "bin", "network")),
    DISK(MaterialDesignH.HARDDISK, Set.of("img", "iso")),
    OTHER(MaterialDesignF.FILE_OUTLINE, Set.of());

    private final Ikon glyph;
    private final Set<String> extensions;

    FileKind(Ikon glyph, Set<String> extensions) {
        this.glyph = glyph;
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

    /** A new icon node (a node can sit in one place of the scene only). */
    public FontIcon icon() {
        FontIcon icon = new FontIcon();
        applyTo(icon);
        return icon;
    }

    /** Makes {@code icon} show this kind: a table cell keeps its icon node while it scrolls from row to row. */
    void applyTo(FontIcon icon) {
        icon.setIconCode(glyph);
        icon.getStyleClass().removeIf(style -> style.startsWith("file-"));
        icon.getStyleClass().addAll("file-icon", "file-" + name().toLowerCase(Locale.ROOT));
    }
}
