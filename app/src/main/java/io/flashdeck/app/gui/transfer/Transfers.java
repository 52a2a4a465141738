package io.flashdeck.app.gui.transfer;

import java.util.List;

/** Where the window hands its copies: the {@link TransferQueue}. FX thread. */
public interface Transfers {

    /** Queues the copy; returns its jobs, one per source, so that the caller can follow them. */
    List<TransferJob> copy(CopyRequest request);

    /** Cancels jobs nobody needs any more (a drag out that a pane took) and drops their rows once they end. */
    void withdraw(List<TransferJob> jobs);
}
