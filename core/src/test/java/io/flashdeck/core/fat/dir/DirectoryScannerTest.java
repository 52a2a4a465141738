package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryScannerTest {

    private static final String LONG = "A Long File Name.jpeg";
    private static final String SHORT = "ALONGF~1JPE";

    private static List<byte[]> slotsOf(String name, String shortName) {
        return new ArrayList<>(LongNameEntries.encode(name, ShortName.of(shortName).checksum()));
    }

    /** Scans {@code slots} followed by the short entry {@link #SHORT}. */
    private static DirectoryListing scanWithShortEntry(List<byte[]> slots) {
        return DirectoryScanner.scan(new DirectoryBytes().slots(slots).entry(SHORT, 0x20, 0).bytes());
    }

    private static void assertAlone(DirectoryRecord r, int slot, String displayName) {
        assertThat(r.firstSlot()).isEqualTo(slot);
        assertThat(r.slotCount()).isEqualTo(1);
        assertThat(r.longName()).isNull();
        assertThat(r.displayName()).isEqualTo(displayName);
    }

    private static void assertProblem(SlotProblem p, SlotProblemKind kind, int first, int count, String detail) {
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.firstSlot()).isEqualTo(first);
        assertThat(p.slotCount()).isEqualTo(count);
        assertThat(p.detail()).contains(detail);
    }

    @Test
    void anEmptyOrZeroedDirectoryHasNoEntries() {
        assertThat(DirectoryScanner.scan(new byte[0])).isEqualTo(new DirectoryListing(List.of(), null, List.of(), 0));
        assertThat(DirectoryScanner.scan(new byte[4 * 32]).endSlot()).isZero();
    }

    @Test
    void readsLongNamesWithTheirShortEntry() {
        byte[] dir = new DirectoryBytes().entry("MAIN    PY ", 0x20, 0x18).file(LONG, SHORT).end().bytes();
        DirectoryListing listing = DirectoryScanner.scan(dir);

        assertThat(listing.problems()).isEmpty();
        assertThat(listing.endSlot()).isEqualTo(4);
        assertThat(listing.entries()).hasSize(2);
        assertAlone(listing.entries().get(0), 0, "main.py");
        DirectoryRecord r = listing.entries().get(1);
        assertThat(r.firstSlot()).isEqualTo(1);
        assertThat(r.slotCount()).isEqualTo(3);
        assertThat(r.shortSlot()).isEqualTo(3);
        assertThat(r.longName()).isEqualTo(LONG);
        assertThat(r.displayName()).isEqualTo(LONG);
        assertThat(r.entry().shortName()).isEqualTo(ShortName.of(SHORT));
    }

    @Test
    void showsCameraWrittenLongNamesDecoded() {
        byte[] dir = new DirectoryBytes().file("├⌐.txt", "├⌐      TXT").bytes();
        DirectoryRecord r = DirectoryScanner.scan(dir).entries().get(0);
        assertThat(r.longName()).isEqualTo("├⌐.txt");
        assertThat(r.displayName()).isEqualTo("é.txt");
    }

    @Test
    void endsAtTheFirstZeroSlotOrTheLastWholeSlot() {
        byte[] dir = new DirectoryBytes().entry("A          ", 0x20, 0).end().entry("B          ", 0x20, 0).bytes();
        DirectoryListing listing = DirectoryScanner.scan(dir);
        assertThat(listing.endSlot()).isEqualTo(1);
        assertThat(listing.entries()).extracting(DirectoryRecord::displayName).containsExactly("A");

        byte[] noEnd = new DirectoryBytes().entry("A          ", 0x20, 0).entry("B          ", 0x20, 0).bytes();
        byte[] ragged = Arrays.copyOf(noEnd, noEnd.length + 20);
        assertThat(DirectoryScanner.scan(ragged).endSlot()).isEqualTo(2);
    }

    @Test
    void skipsDeletedEntries() {
        byte[] dir = new DirectoryBytes().deleted().entry("KEPT    TXT", 0x20, 0).deleted().bytes();
        DirectoryListing listing = DirectoryScanner.scan(dir);
        assertThat(listing.entries()).singleElement().satisfies(r -> assertAlone(r, 1, "KEPT.TXT"));
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void includesDotEntriesWithoutLongNames() {
        byte[] dir = new DirectoryBytes().entry(".          ", 0x10, 0).longName("..", ShortName.DOTDOT.checksum())
                .entry("..         ", 0x10, 0).bytes();
        DirectoryListing listing = DirectoryScanner.scan(dir);
        assertThat(listing.entries()).hasSize(2);
        assertAlone(listing.entries().get(0), 0, ".");
        assertThat(listing.entries().get(0).entry().shortName().isDot()).isTrue();
        assertAlone(listing.entries().get(1), 2, "..");
        assertThat(listing.entries().get(1).entry().shortName().isDotDot()).isTrue();
        assertProblem(listing.problems().get(0), SlotProblemKind.ORPHAN_LONG_NAME, 1, 1, "dot entry");
    }

    @Test
    void aDeletedSlotOrphansTheLongNameBeforeIt() {
        byte[] dir = new DirectoryBytes().longName(LONG, ShortName.of(SHORT).checksum()).deleted()
                .entry(SHORT, 0x20, 0).bytes();
        DirectoryListing listing = DirectoryScanner.scan(dir);
        assertProblem(listing.problems().get(0), SlotProblemKind.ORPHAN_LONG_NAME, 0, 2, "deleted");
        assertThat(listing.entries()).singleElement().satisfies(r -> assertAlone(r, 3, "ALONGF~1.JPE"));
    }

    @Test
    void aLongNameAtTheEndIsAnOrphan() {
        byte[] dir = new DirectoryBytes().entry("A          ", 0x20, 0).longName(LONG, 1).end().bytes();
        DirectoryListing listing = DirectoryScanner.scan(dir);
        assertThat(listing.endSlot()).isEqualTo(3);
        assertProblem(listing.problems().get(0), SlotProblemKind.ORPHAN_LONG_NAME, 1, 2, "ends");
        byte[] unterminated = new DirectoryBytes().longName(LONG, 1).bytes();
        assertProblem(DirectoryScanner.scan(unterminated).problems().get(0), SlotProblemKind.ORPHAN_LONG_NAME, 0, 2,
                "ends");
    }

    @Test
    void aChecksumOfAnotherNameIsRejected() {
        byte[] dir = new DirectoryBytes().longName(LONG, ShortName.of(SHORT).checksum() ^ 1)
                .entry(SHORT, 0x20, 0).bytes();
        DirectoryListing listing = DirectoryScanner.scan(dir);
        assertProblem(listing.problems().get(0), SlotProblemKind.BAD_CHECKSUM, 0, 2, "the short entry after them");
        assertThat(listing.entries()).singleElement().satisfies(r -> assertAlone(r, 2, "ALONGF~1.JPE"));
    }

    @Test
    void slotsWithDifferentChecksumsAreRejected() {
        List<byte[]> slots = slotsOf(LONG, SHORT);
        slots.get(1)[13]++;
        assertProblem(scanWithShortEntry(slots).problems().get(0), SlotProblemKind.BAD_CHECKSUM, 0, 2,
                "slots carry checksums");
    }

    @Test
    void aMissingPartIsABadSequence() {
        String name = "x".repeat(30);
        List<byte[]> slots = slotsOf(name, SHORT);
        slots.remove(1);
        DirectoryListing listing = scanWithShortEntry(slots);
        assertProblem(listing.problems().get(0), SlotProblemKind.BAD_SEQUENCE, 0, 2, "expected part 2, found ordinal 0x01");
        assertThat(listing.entries()).singleElement().satisfies(r -> assertAlone(r, 2, "ALONGF~1.JPE"));
    }

    @Test
    void missingLowPartsAreABadSequence() {
        List<byte[]> slots = slotsOf(LONG, SHORT);
        slots.remove(1);
        assertProblem(scanWithShortEntry(slots).problems().get(0), SlotProblemKind.BAD_SEQUENCE, 0, 1,
                "parts 1 to 1 are missing");
    }

    @Test
    void slotsWithoutTheirFirstSlotAreOneBadSequence() {
        List<byte[]> slots = slotsOf("y".repeat(40), SHORT);
        slots.remove(0);
        DirectoryListing listing = scanWithShortEntry(slots);
        assertThat(listing.problems()).singleElement()
                .satisfies(p -> assertProblem(p, SlotProblemKind.BAD_SEQUENCE, 0, 3, "not preceded"));
        assertThat(listing.entries()).singleElement().satisfies(r -> assertAlone(r, 3, "ALONGF~1.JPE"));
    }

    @Test
    void aNewFirstSlotOrphansTheRunBeforeIt() {
        List<byte[]> first = slotsOf("abandoned name.txt", SHORT);
        byte[] dir = new DirectoryBytes().slots(first.subList(0, 1)).file(LONG, SHORT).bytes();
        DirectoryListing listing = DirectoryScanner.scan(dir);
        assertProblem(listing.problems().get(0), SlotProblemKind.ORPHAN_LONG_NAME, 0, 1, "another long name");
        assertThat(listing.entries()).singleElement().satisfies(r -> {
            assertThat(r.longName()).isEqualTo(LONG);
            assertThat(r.firstSlot()).isEqualTo(1);
        });
    }

    @Test
    void tooManyPartsAreABadSequence() {
        List<byte[]> slots = slotsOf("z", SHORT);
        slots.get(0)[0] = 0x40 | 21;
        assertProblem(scanWithShortEntry(slots).problems().get(0), SlotProblemKind.BAD_SEQUENCE, 0, 1,
                "claims 21 parts");
    }

    @Test
    void paddingAfterTheEndMustBeFfff() {
        List<byte[]> slots = slotsOf("short", SHORT);
        slots.get(0)[30] = 'q';
        assertProblem(scanWithShortEntry(slots).problems().get(0), SlotProblemKind.BAD_SEQUENCE, 0, 1,
                "not 0xFFFF padding");
    }

    @Test
    void theNameMayEndOnlyInItsLastPart() {
        List<byte[]> slots = slotsOf("n".repeat(20), SHORT);
        slots.get(1)[9] = 0;
        slots.get(1)[10] = 0;
        for (int offset : new int[] {14, 16, 18, 20, 22, 24, 28, 30}) {
            slots.get(1)[offset] = (byte) 0xFF;
            slots.get(1)[offset + 1] = (byte) 0xFF;
        }
        assertProblem(scanWithShortEntry(slots).problems().get(0), SlotProblemKind.BAD_SEQUENCE, 0, 2,
                "ends inside part 1");
    }

    @Test
    void anEmptyNameIsRejected() {
        List<byte[]> slots = slotsOf("e", SHORT);
        slots.get(0)[1] = 0;
        slots.get(0)[3] = (byte) 0xFF;
        slots.get(0)[4] = (byte) 0xFF;
        assertProblem(scanWithShortEntry(slots).problems().get(0), SlotProblemKind.BAD_SEQUENCE, 0, 1,
                "0 units long");
    }

    @Test
    void aClusterInALongNameSlotIsRejected() {
        List<byte[]> slots = slotsOf(LONG, SHORT);
        slots.get(1)[26] = 2;
        assertProblem(scanWithShortEntry(slots).problems().get(0), SlotProblemKind.BAD_SEQUENCE, 0, 2,
                "non-zero cluster");
    }

    @Test
    void theVolumeLabelIsReportedApartAndOrphansALongNameBeforeIt() {
        byte[] dir = new DirectoryBytes().longName("label", 0).entry("MY CAM     ", DirEntry.ATTR_VOLUME_ID, 0)
                .entry("MAIN    PY ", 0x20, 0x18).entry("OTHER      ", DirEntry.ATTR_VOLUME_ID, 0).bytes();
        DirectoryListing listing = DirectoryScanner.scan(dir);
        assertThat(listing.volumeLabel()).isEqualTo("MY CAM");
        assertThat(listing.entries()).extracting(DirectoryRecord::displayName).containsExactly("main.py");
        assertProblem(listing.problems().get(0), SlotProblemKind.ORPHAN_LONG_NAME, 0, 1, "volume label");
    }

    @Test
    void readsAnEscapedE5AsTheCharacter() {
        byte[] dir = new DirectoryBytes().entry("σ       TXT", 0x20, 0x10).bytes();
        assertThat(dir[0]).isEqualTo((byte) 0x05);
        assertThat(DirectoryScanner.scan(dir).entries()).singleElement()
                .satisfies(r -> assertAlone(r, 0, "σ.txt"));
    }
}
