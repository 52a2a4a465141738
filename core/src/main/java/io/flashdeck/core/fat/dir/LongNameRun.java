package io.flashdeck.core.fat.dir;

import static io.flashdeck.core.fat.dir.LongNameEntries.LAST_SLOT_FLAG;
import static io.flashdeck.core.fat.dir.LongNameEntries.MAX_SLOTS;
import static io.flashdeck.core.fat.dir.LongNameEntries.UNITS_PER_SLOT;

import io.flashdeck.core.fat.name.NameRules;

/**
 * Consecutive long-name slots met while scanning a directory, checked as they come: the first
 * carries 0x40 and the part count, ordinals then fall by one to 1, every slot has the same
 * checksum and a zero cluster field, and only the last part holds the end of the name. The
 * first thing found wrong is kept; later slots of the run are then only counted.
 */
final class LongNameRun {

    private final int firstSlot;
    private final char[] units = new char[MAX_SLOTS * UNITS_PER_SLOT];
    private int slotCount;
    private int nextOrdinal;
    private int checksum;
    private int length;
    private SlotProblemKind failure;
    private String failureDetail;

    LongNameRun(int firstSlot) {
        this.firstSlot = firstSlot;
    }

    void add(byte[] dir, int offset) {
        slotCount++;
        if (failure != null) {
            return;
        }
        int ordinal = dir[offset + LongNameEntries.ORDINAL] & 0xFF;
        int slotChecksum = dir[offset + LongNameEntries.CHECKSUM] & 0xFF;
        if (slotCount == 1) {
            if (!startsRun(ordinal)) {
                return;
            }
            nextOrdinal = ordinal & ~LAST_SLOT_FLAG;
            checksum = slotChecksum;
        } else if (ordinal != nextOrdinal) {
            fail(SlotProblemKind.BAD_SEQUENCE, String.format("expected part %d, found ordinal 0x%02X",
                    nextOrdinal, ordinal));
            return;
        } else if (slotChecksum != checksum) {
            fail(SlotProblemKind.BAD_CHECKSUM, String.format("slots carry checksums 0x%02X and 0x%02X",
                    checksum, slotChecksum));
            return;
        }
        if (LittleEndian.u16(dir, offset + LongNameEntries.CLUSTER) != 0) {
            fail(SlotProblemKind.BAD_SEQUENCE, "part " + nextOrdinal + " has a non-zero cluster field");
            return;
        }
        takeUnits(dir, offset);
        nextOrdinal--;
    }

    /**
     * The long name, when the run is complete and its checksum is {@code shortChecksum}, the
     * checksum of the short entry after it; otherwise null, and {@link #problem} says why.
     */
    String nameFor(int shortChecksum) {
        if (failure == null && nextOrdinal != 0) {
            fail(SlotProblemKind.BAD_SEQUENCE, "parts 1 to " + nextOrdinal + " are missing");
        } else if (failure == null && checksum != shortChecksum) {
            fail(SlotProblemKind.BAD_CHECKSUM, String.format(
                    "slots carry checksum 0x%02X, the short entry after them has 0x%02X", checksum, shortChecksum));
        }
        return failure == null ? new String(units, 0, length) : null;
    }

    /** Marks the run as not followed by its short entry, unless something else was wrong first. */
    void orphan(String reason) {
        if (failure == null) {
            fail(SlotProblemKind.ORPHAN_LONG_NAME, reason);
        }
    }

    /** Why the run is ignored; only after {@link #orphan} or a null {@link #nameFor}. */
    SlotProblem problem() {
        return new SlotProblem(failure, firstSlot, slotCount, failureDetail);
    }

    int firstSlot() {
        return firstSlot;
    }

    private boolean startsRun(int ordinal) {
        int parts = ordinal & ~LAST_SLOT_FLAG;
        if ((ordinal & LAST_SLOT_FLAG) == 0) {
            fail(SlotProblemKind.BAD_SEQUENCE, String.format(
                    "slot with ordinal 0x%02X is not preceded by the slot holding the end of its name", ordinal));
        } else if (parts < 1 || parts > MAX_SLOTS) {
            fail(SlotProblemKind.BAD_SEQUENCE, String.format(
                    "ordinal 0x%02X claims %d parts, a name has 1 to %d", ordinal, parts, MAX_SLOTS));
        }
        return failure == null;
    }

    /** Copies the slot's 13 units into place, checking the end of the name and its padding. */
    private void takeUnits(byte[] dir, int offset) {
        boolean lastPart = slotCount == 1;
        int base = (nextOrdinal - 1) * UNITS_PER_SLOT;
        int end = -1;
        for (int i = 0; i < UNITS_PER_SLOT; i++) {
            int unit = LongNameEntries.unit(dir, offset, i);
            if (end >= 0) {
                if (unit != LongNameEntries.PADDING) {
                    fail(SlotProblemKind.BAD_SEQUENCE, String.format(
                            "unit %d of part %d is 0x%04X after the end of the name, not 0xFFFF padding",
                            i, nextOrdinal, unit));
                    return;
                }
            } else if (unit == 0) {
                end = i;
            } else {
                units[base + i] = (char) unit;
            }
        }
        if (end >= 0 && !lastPart) {
            fail(SlotProblemKind.BAD_SEQUENCE, "the name ends inside part " + nextOrdinal + ", not in its last part");
        } else if (lastPart) {
            length = base + (end >= 0 ? end : UNITS_PER_SLOT);
            if (length == 0 || length > NameRules.MAX_LONG_NAME) {
                fail(SlotProblemKind.BAD_SEQUENCE, "the name is " + length + " units long");
            }
        }
    }

    private void fail(SlotProblemKind kind, String detail) {
        failure = kind;
        failureDetail = detail;
    }
}
