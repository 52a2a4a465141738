package io.flashdeck.core.fat.dir;

/**
 * Long-name slots a directory scan ignored.
 *
 * @param firstSlot index of the first ignored slot
 * @param slotCount how many consecutive slots were ignored
 * @param detail    what exactly is wrong, for reports
 */
public record SlotProblem(SlotProblemKind kind, int firstSlot, int slotCount, String detail) {
}
