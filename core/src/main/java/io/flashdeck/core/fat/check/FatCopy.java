package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatType;
import io.flashdeck.core.fat.table.FatTable;

import java.io.IOException;

/**
 * One copy of the allocation table, read through the engine's page cache: the copy a check
 * trusts, which need not be the first one when the copies differ.
 */
record FatCopy(FatTable table, int copy) {

    /** Entry {@code cluster}, reserved bits removed. */
    long value(long cluster) throws IOException {
        return table.get(copy, cluster);
    }

    FatType type() {
        return table.type();
    }

    long lastCluster() {
        return table.lastCluster();
    }

    boolean isDataCluster(long value) {
        return value >= 2 && value <= table.lastCluster();
    }

    /** Says what an entry value that cannot continue a chain is, such as "marked free". */
    String describeBadLink(long value) {
        if (value == 0) {
            return "marked free";
        }
        if (type().isBad(value)) {
            return "marked bad";
        }
        return "outside the volume (clusters 2 to " + lastCluster() + ")";
    }
}
