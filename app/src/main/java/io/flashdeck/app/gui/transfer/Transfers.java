package io.flashdeck.app.gui.transfer;

/**
 * Where the window hands its copies. Today one copy runs at a time with its progress in the status
 * bar ({@link SequentialTransfers}); the transfer queue (per-file progress, cancel, verified
 * badges) is another implementation of this interface.
 */
public interface Transfers {

    /** Starts or queues the copy; called on the FX thread. */
    void copy(CopyRequest request);
}
