package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.testing.ExternalTool;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long names and entries against mtools and dosfstools, in both directions. */
class MtoolsDirectoryTest {

    /** Names mtools round-trips (it drops characters outside the BMP, so no emoji here). */
    private static final List<String> NAMES = List.of("A Long File Name.jpeg", "abcdefghijklm", "abcdefghijklmn",
            "données été.txt", "日本語.txt", "MiXeD.Py", "Ωμέγα party.png", "n".repeat(100), "a+b=c[1];(2),{3}.txt");

    @TempDir
    Path temp;

    private Path newImage() {
        return FatImages.mkfs(temp.resolve("x.img"), 12, 1024);
    }

    @Test
    void readsTheLongNamesMcopyWroteAndEncodesTheSameSlots() throws IOException {
        Path image = newImage();
        Path source = Files.writeString(temp.resolve("src.txt"), "hello");
        for (String name : NAMES) {
            MTools.on(image).copyIn("::/" + name, source);
        }
        MTools.on(image).copyIn("::/main.py", source);
        ExternalTool.run("mlabel", "-i", image.toString(), "::MYCAM").requireSuccess();

        byte[] dir = RootDirectory.read(image);
        DirectoryListing listing = DirectoryScanner.scan(dir);

        assertThat(listing.problems()).isEmpty();
        assertThat(listing.volumeLabel()).isEqualTo("MYCAM");
        List<String> expected = new ArrayList<>(NAMES);
        expected.add("main.py");
        assertThat(listing.entries()).extracting(DirectoryRecord::displayName).containsExactlyElementsOf(expected);
        for (DirectoryRecord r : listing.entries()) {
            assertThat(r.entry().size()).isEqualTo(5);
            if (r.longName() != null) {
                LongNameSlotAssertions.assertSlotsAsWritten(dir, r);
            }
        }
    }

    @Test
    void mtoolsAndFsckAcceptADirectoryWrittenHere() throws IOException {
        Path image = newImage();
        List<String> names = new ArrayList<>(NAMES);
        names.addAll(List.of("main.py", "README.txt", "UPPER.TXT", ".hidden", "é.txt", "with space"));
        byte[] dir = new byte[names.size() * 10 * DirEntry.SIZE];
        int slot = 0;
        Set<ShortName> used = new HashSet<>();
        LocalDateTime modified = LocalDateTime.of(2026, 3, 14, 15, 9, 26);
        for (String name : names) {
            String stored = DisplayNames.toLongName(name, NameStyle.UNICODE);
            ShortNameBasis basis = ShortNames.basisFor(stored);
            ShortName shortName = uniqueShortName(basis, stored, used);
            if (basis.needsLongName()) {
                for (byte[] s : LongNameEntries.encode(stored, shortName.checksum())) {
                    System.arraycopy(s, 0, dir, slot++ * DirEntry.SIZE, DirEntry.SIZE);
                }
            }
            DirEntry entry = new DirEntry(shortName, DirEntry.ATTR_ARCHIVE);
            entry.setNtCase(basis.ntCaseFlags());
            entry.setModified(modified);
            entry.encode(dir, slot++ * DirEntry.SIZE);
        }
        RootDirectory.write(image, Arrays.copyOf(dir, slot * DirEntry.SIZE));

        String listing = ExternalTool.run("mdir", "-b", "-i", image.toString(), "::/").requireSuccess().stdout();
        assertThat(listing.lines()).containsExactlyElementsOf(names.stream().map(n -> "::/" + n).toList());
        assertThat(ExternalTool.run("mdir", "-i", image.toString(), "::/").requireSuccess().stdout())
                .contains("main     py          0 2026-03-14  15:09")
                .contains("README   txt");
        Fsck.check(image).requireClean();
    }

    /** The basis, or for a lossy one the first numbered name not used yet, as the engine picks. */
    private static ShortName uniqueShortName(ShortNameBasis basis, String stored, Set<ShortName> used) {
        if (!basis.lossy()) {
            used.add(basis.name());
            return basis.name();
        }
        for (int n = 1; ; n++) {
            ShortName candidate = ShortNames.numbered(basis, n, stored);
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }
}
