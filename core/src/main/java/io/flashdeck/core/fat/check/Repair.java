package io.flashdeck.core.fat.check;

import java.io.IOException;

/** The fix for one problem, run against the volume opened for writing. */
@FunctionalInterface
interface Repair {

    /** Fixes the problem and says what was done. */
    String apply(RepairSession session) throws IOException;
}
