package io.flashdeck.app.gui.transfer;

/** Where the window hands its copies: the {@link TransferQueue}, or a test's own. */
public interface Transfers {

    /** Starts or queues the copy; called on the FX thread. */
    void copy(CopyRequest request);
}
