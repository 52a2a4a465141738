package io.flashdeck.core.fat.check;

import java.util.List;

/**
 * What a repair did.
 *
 * @param actions  what was changed, one sentence each, in order
 * @param failures repairs that could not be made, with the reason
 * @param before   the check before any change (after restoring the boot sector, if that was done)
 * @param after    the check of the volume reopened after the repair
 */
public record RepairReport(List<String> actions, List<String> failures, CheckReport before, CheckReport after) {

    public RepairReport {
        actions = List.copyOf(actions);
        failures = List.copyOf(failures);
    }

    /** True when the volume checks clean after the repair. */
    public boolean isClean() {
        return after.isClean();
    }
}
