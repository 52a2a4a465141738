package io.flashdeck.app.editor;

/** A coloured stretch of text: characters {@code start} (inclusive) to {@code end} (exclusive). */
public record Token(TokenKind kind, int start, int end) {
}
