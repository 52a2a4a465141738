package io.flashdeck.app.editor;

import java.io.IOException;

/**
 * The file is not something the editor opens: larger than {@link TextCodec#MAX_BYTES}, binary, or
 * not UTF-8. The message says which, in words for the user.
 */
public final class NotTextException extends IOException {

    public NotTextException(String message) {
        super(message);
    }
}
