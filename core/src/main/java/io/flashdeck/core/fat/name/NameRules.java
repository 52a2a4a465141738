package io.flashdeck.core.fat.name;

/**
 * What a FAT file name may be. FatFs rejects the characters below and silently drops trailing
 * spaces and dots, which would store a name other than the one asked for, so those are refused.
 */
public final class NameRules {

    /** Longest long name in UTF-16 units (FatFs FF_MAX_LFN, the FAT limit). */
    public static final int MAX_LONG_NAME = 255;

    private static final String FORBIDDEN = "\"*/:<>?\\|";

    private NameRules() {
    }

    /** Checks a name to be stored the default ({@link NameStyle#CAMERA}) way. */
    public static void validate(String displayName) {
        validate(displayName, NameStyle.CAMERA);
    }

    /** Checks {@code displayName}; the length limit applies to the long name {@code style} stores. */
    public static void validate(String displayName, NameStyle style) {
        if (displayName.isEmpty()) {
            throw invalid(displayName, "the name is empty");
        }
        if (displayName.equals(".") || displayName.equals("..")) {
            throw invalid(displayName, "\".\" and \"..\" name directories themselves");
        }
        displayName.codePoints().forEach(c -> checkCharacter(displayName, c));
        char last = displayName.charAt(displayName.length() - 1);
        if (last == ' ' || last == '.') {
            throw invalid(displayName, "a name may not end in " + (last == ' ' ? "a space" : "a dot"));
        }
        int stored = DisplayNames.toLongName(displayName, style).length();
        if (stored > MAX_LONG_NAME) {
            throw invalid(displayName, "it is " + stored + " characters long as stored, at most "
                    + MAX_LONG_NAME + " fit");
        }
    }

    private static void checkCharacter(String name, int c) {
        if (c < 0x20) {
            throw invalid(name, String.format("control character U+%04X is not allowed", c));
        }
        if (c == 0x7F) {
            throw invalid(name, "DEL (U+007F) is not allowed");
        }
        if (FORBIDDEN.indexOf(c) >= 0) {
            throw invalid(name, "'" + (char) c + "' is not allowed");
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            // A lone surrogate has no UTF-8 form, so the camera could not store the name.
            throw invalid(name, String.format("unpaired surrogate U+%04X is not allowed", c));
        }
    }

    private static IllegalArgumentException invalid(String name, String reason) {
        return new IllegalArgumentException("not a valid FAT file name \"" + name + "\": " + reason);
    }
}
