package io.flashdeck.core.volume;

public enum EntryType {
    FILE,
    DIRECTORY
}
