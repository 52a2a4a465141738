package io.flashdeck.icons;

/**
 * The icon of a place in the sidebar: a device, one of its mounts or a folder of this computer;
 * 20 px, a little larger than a file's icon, as a sidebar row may hold two lines.
 */
public enum DeviceIcon implements DrawnIcon {
    /** The user's home folder. */
    HOME,
    /** A file-system root of this computer. */
    DRIVE,
    /** A disk image file opened as a volume. */
    DISK_IMAGE,
    /** An OpenMV camera on a serial port. */
    CAMERA,
    /** The built-in model of a camera. */
    VIRTUAL_CAMERA,
    /** A camera's internal flash drive. */
    FLASH,
    /** A camera's SD card. */
    SDCARD,
    /** Any other mount of a camera. */
    MOUNT;

    @Override
    public String folder() {
        return "devices";
    }

    @Override
    public int size() {
        return 20;
    }
}
