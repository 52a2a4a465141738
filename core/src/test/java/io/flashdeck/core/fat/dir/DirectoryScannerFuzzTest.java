package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random directories, raw and built from real entries then damaged: the scanner never
 * throws, accounts for every slot once, and accepts a long name only when its slots are exactly
 * what {@link LongNameEntries} writes for it.
 */
class DirectoryScannerFuzzTest {

    private static final String ALPHABET = "abcXYZ09 .+_~éü日😀";

    @Test
    void randomBytes() {
        Random random = new Random(1);
        for (int i = 0; i < 4000; i++) {
            byte[] dir = new byte[random.nextInt(64 * 32 + 31)];
            random.nextBytes(dir);
            checkInvariants(dir, "random buffer " + i);
        }
    }

    @Test
    void damagedRealDirectories() {
        Random random = new Random(2);
        int longNamesSeen = 0;
        for (int i = 0; i < 4000; i++) {
            byte[] dir = buildDirectory(random);
            for (int flips = random.nextInt(6); flips > 0 && dir.length > 0; flips--) {
                dir[random.nextInt(dir.length)] = (byte) random.nextInt(256);
            }
            longNamesSeen += checkInvariants(dir, "directory " + i);
        }
        assertThat(longNamesSeen).as("long names that survived damage").isGreaterThan(4000);
    }

    private static byte[] buildDirectory(Random random) {
        DirectoryBytes dir = new DirectoryBytes();
        for (int n = random.nextInt(20); n > 0; n--) {
            switch (random.nextInt(8)) {
                case 0 -> dir.deleted();
                case 1 -> dir.entry(".          ", DirEntry.ATTR_DIRECTORY, 0);
                case 2 -> dir.entry("LABEL      ", DirEntry.ATTR_VOLUME_ID, 0);
                case 3 -> dir.longName(randomName(random), random.nextInt(256));
                case 4 -> dir.end();
                default -> {
                    String name = randomName(random);
                    ShortName shortName = ShortNames.numbered(ShortNames.basisFor(name), 1 + random.nextInt(9), name);
                    dir.file(name, shortName.toString());
                }
            }
        }
        return dir.bytes();
    }

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder("n");
        for (int length = random.nextInt(40); length > 0; length--) {
            name.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                    random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return name.toString();
    }

    /** Checks one scan; returns how many long names it accepted. */
    private static int checkInvariants(byte[] dir, String what) {
        DirectoryListing listing = DirectoryScanner.scan(dir);
        int slots = dir.length / DirEntry.SIZE;
        int end = 0;
        while (end < slots && dir[end * DirEntry.SIZE] != 0) {
            end++;
        }
        assertThat(listing.endSlot()).as(what).isEqualTo(end);

        int[] owners = new int[end];
        int longNames = 0;
        for (DirectoryRecord r : listing.entries()) {
            claim(owners, r.firstSlot(), r.slotCount(), what);
            byte[] shortSlot = slot(dir, r.shortSlot());
            assertThat(shortSlot[0] & 0xFF).as(what).isNotEqualTo(0xE5);
            assertThat(DirEntry.isLongNameSlot(shortSlot[11] & 0xFF)).as(what).isFalse();
            assertThat(r.entry().isVolumeLabel()).as(what).isFalse();
            assertThat(r.displayName()).as(what).isNotNull();
            if (r.longName() != null) {
                longNames++;
                LongNameSlotAssertions.assertSlotsAsWritten(withoutReservedBits(dir), r);
            }
        }
        for (SlotProblem p : listing.problems()) {
            assertThat(p.slotCount()).as(what).isPositive();
            claim(owners, p.firstSlot(), p.slotCount(), what);
        }
        for (int s = 0; s < end; s++) {
            byte[] slot = slot(dir, s);
            boolean unowned = (slot[0] & 0xFF) == 0xE5 || DirEntry.parse(slot, 0).isVolumeLabel();
            assertThat(owners[s]).as("%s: slot %d owned once", what, s).isEqualTo(unowned ? 0 : 1);
        }
        return longNames;
    }

    /** A copy without what is not part of a name: reserved attribute bits and the type byte of long-name slots. */
    private static byte[] withoutReservedBits(byte[] dir) {
        byte[] copy = dir.clone();
        for (int offset = 0; offset + DirEntry.SIZE <= copy.length; offset += DirEntry.SIZE) {
            if (DirEntry.isLongNameSlot(copy[offset + 11] & 0xFF)) {
                copy[offset + 11] = DirEntry.ATTR_LONG_NAME;
                copy[offset + 12] = 0;
            }
        }
        return copy;
    }

    private static void claim(int[] owners, int first, int count, String what) {
        assertThat(first).as(what).isNotNegative();
        assertThat(first + count).as(what).isLessThanOrEqualTo(owners.length);
        for (int s = first; s < first + count; s++) {
            owners[s]++;
        }
    }

    private static byte[] slot(byte[] dir, int index) {
        return Arrays.copyOfRange(dir, index * DirEntry.SIZE, (index + 1) * DirEntry.SIZE);
    }
}
