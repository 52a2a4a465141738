package io.flashdeck.app.editor;

import java.util.Locale;
import java.util.Set;

/**
 * Which files open in the editor on Enter or a double-click, told by the extension as a camera's
 * files carry no other type. Other files open in the editor only when asked (Edit), and are then
 * checked by their content.
 */
public final class TextFileNames {

    private static final Set<String> TEXT = Set.of("py", "pyw", "pyi", "txt", "md", "rst", "json", "csv", "tsv",
            "cfg", "ini", "conf", "toml", "yaml", "yml", "log", "xml", "html", "htm", "css", "js", "sh", "c", "h");

    private TextFileNames() {
    }

    public static boolean isText(String name) {
        return TEXT.contains(extension(name));
    }

    /** Python sources get syntax colours; other text stays plain. */
    public static boolean isPython(String name) {
        String extension = extension(name);
        return extension.equals("py") || extension.equals("pyw") || extension.equals("pyi");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
