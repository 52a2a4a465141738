package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Root directories of images written by MicroPython's VfsFat (the camera's FatFs): names are
 * shown as the device lists them, and every 8.3 name and long-name slot is what this package
 * would write for the same name.
 */
class FixtureDirectoryTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"openmv_h7_flash.img", "sd_fat16_64m.img", "sd_mbr_fat16_48m.img"})
    void showsTheNamesTheDeviceListed(String image) throws IOException {
        DirectoryListing listing = DirectoryScanner.scan(RootDirectory.read(Fixtures.unpackOofatfs(image, temp)));

        assertThat(listing.problems()).isEmpty();
        assertThat(listing.entries()).extracting(DirectoryRecord::displayName)
                .containsExactlyInAnyOrderElementsOf(topLevelNames(image));
        assertThat(listing.entries()).extracting(DirectoryRecord::displayName)
                .contains("données_été.csv", "日本語.txt", "Ünïcödé", "boot.py", "A Long File Name.jpeg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"openmv_h7_flash.img", "sd_fat16_64m.img", "sd_mbr_fat16_48m.img"})
    void writesTheSameShortNamesAndSlotsAsFatFs(String image) throws IOException {
        byte[] dir = RootDirectory.read(Fixtures.unpackOofatfs(image, temp));
        DirectoryListing listing = DirectoryScanner.scan(dir);
        assertThat(listing.entries()).isNotEmpty();
        for (DirectoryRecord r : listing.entries()) {
            if (r.longName() == null) {
                ShortNameBasis basis = ShortNames.basisFor(DisplayNames.toLongName(r.displayName(), NameStyle.CAMERA));
                assertThat(basis.name()).as(r.displayName()).isEqualTo(r.entry().shortName());
                assertThat(basis.ntCaseFlags()).as(r.displayName()).isEqualTo(r.entry().ntCase());
                assertThat(basis.needsLongName()).as(r.displayName()).isFalse();
                continue;
            }
            ShortNameBasis basis = ShortNames.basisFor(r.longName());
            ShortName expected = basis.lossy() ? ShortNames.numbered(basis, 1, r.longName()) : basis.name();
            assertThat(expected).as(r.displayName()).isEqualTo(r.entry().shortName());
            assertThat(basis.needsLongName()).as(r.displayName()).isTrue();
            LongNameSlotAssertions.assertSlotsAsWritten(dir, r);
        }
    }

    private static Set<String> topLevelNames(String image) throws IOException {
        return Files.readAllLines(Fixtures.oofatfsManifest(image), StandardCharsets.UTF_8).stream()
                .map(line -> line.split("\t")[0])
                .map(path -> path.substring(1, path.endsWith("/") ? path.length() - 1 : path.length()))
                .filter(name -> !name.isEmpty() && !name.contains("/"))
                .collect(Collectors.toSet());
    }
}
