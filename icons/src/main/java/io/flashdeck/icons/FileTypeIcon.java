package io.flashdeck.icons;

/** The icon of a kind of file in a file list: a sheet with a coloured badge, or a folder; 16 px. */
public enum FileTypeIcon implements DrawnIcon {
    FOLDER, PYTHON, IMAGE, VIDEO, TEXT, DATA, MODEL, DISK, OTHER;

    @Override
    public String folder() {
        return "types";
    }

    @Override
    public int size() {
        return 16;
    }
}
