package io.flashdeck.core.fat.check;

import java.util.function.DoubleConsumer;

/**
 * Tells how far a check has come: the share of the clusters in use that the walk of the tree has
 * reached, in steps of a hundredth. Walking the tree is nearly all of a check's time.
 */
final class CheckProgress implements ChainWalk.Observer {

    private final DoubleConsumer listener;
    private final long inUse;
    private final long step;
    private long reached;
    private long nextReport;

    /** {@code inUse}: the clusters the table marks as used, which the walk should reach. */
    CheckProgress(DoubleConsumer listener, long inUse) {
        this.listener = listener;
        this.inUse = Math.max(1, inUse);
        this.step = Math.max(1, this.inUse / 100);
        this.nextReport = step;
    }

    @Override
    public void claimed(long cluster, String owner) {
        if (++reached >= nextReport) {
            nextReport += step;
            // lost clusters and damage can make the table's count differ from what the walk reaches
            listener.accept(Math.min(1.0, (double) reached / inUse));
        }
    }
}
