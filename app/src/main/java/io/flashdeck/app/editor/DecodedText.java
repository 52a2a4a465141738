package io.flashdeck.app.editor;

/**
 * A text file's characters, lines ending in {@code \n}, and what it takes to write them back.
 */
public record DecodedText(String text, TextFormat format) {
}
