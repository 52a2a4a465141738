package io.flashdeck.app.editor;

import java.util.Locale;

/** The kinds of Python text the editor colours; everything else stays plain. */
public enum TokenKind {
    KEYWORD,
    BUILTIN,
    STRING,
    COMMENT,
    NUMBER,
    DECORATOR;

    /** The style class that colours it: {@code syntax-keyword}... */
    public String styleClass() {
        return "syntax-" + name().toLowerCase(Locale.ROOT);
    }
}
