package io.flashdeck.core.fat.name;

/** How a display name becomes the long name stored in an image (DESIGN.md §3, "Names are bytes"). */
public enum NameStyle {
    /**
     * As an OpenMV camera stores a name its script wrote: each UTF-8 byte of the name becomes the
     * code page 437 character of that byte, so the camera's scripts see the same name.
     */
    CAMERA,
    /** The display name itself, as a PC stores it: for volumes meant for PCs. */
    UNICODE
}
