package io.flashdeck.core.fat.check;

import io.flashdeck.core.testing.ImageDamage;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.partition.LocatedVolume;
import io.flashdeck.core.partition.VolumeLocator;
import io.flashdeck.core.testing.Fixtures;
import io.flashdeck.core.testing.TreeSnapshot;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.flashdeck.core.fat.check.DamageLab.judge;
import static io.flashdeck.core.fat.check.DamageLab.paths;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same kinds of damage on the volumes real MicroPython wrote (one FAT, no FSInfo, FatFs's
 * names): each is found, repaired to fsck.fat's satisfaction, and the rest of the fixture still
 * matches its manifest.
 */
class FixtureDamageTest {

    @TempDir
    Path dir;

    /**
     * A fixture with two files of several clusters and a file with a long name, each by its 8.3
     * path (for {@link ImageDamage#slot}) and its shown path, and a subdirectory of the root.
     */
    private record Fixture(String image, String[] a, String pathA, String[] b, String pathB, String[] longNamed,
            String longNamedPath, String directory) {
        @Override
        public String toString() {
            return image;
        }
    }

    /** What one damage should lead to. */
    private record Expected(Set<String> involved, String fsckSays, ProblemKind... kinds) {
    }

    @FunctionalInterface
    private interface Damage {
        Expected apply(ImageDamage damage, Fixture fixture) throws IOException;
    }

    private record Case(String name, Damage damage) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        String[] moved = {"MOVED.JPG"};
        String[] longName = {"ALONGF~1.JPE"};
        List<Fixture> fixtures = List.of(
                new Fixture("openmv_h7_flash.img", moved, "/moved.jpg", new String[] {"DOTSIN~1.GZ"},
                        "/dots.in.name.tar.gz", new String[] {"DOTSIN~1.GZ"}, "/dots.in.name.tar.gz", "IMAGES"),
                new Fixture("sd_fat16_64m.img", moved, "/moved.jpg", new String[] {"BOOT.PY"}, "/boot.py",
                        longName, "/A Long File Name.jpeg", "IMAGES"),
                new Fixture("sd_mbr_fat16_48m.img", moved, "/moved.jpg", new String[] {"IMAGES", "2026", "IMG_0002.JPG"},
                        "/images/2026/IMG_0002.jpg", longName, "/A Long File Name.jpeg", "IMAGES"));
        List<Case> damages = List.of(
                new Case("lost chain", FixtureDamageTest::lostChain),
                new Case("cross-link", FixtureDamageTest::crossLink),
                new Case("cycle", FixtureDamageTest::cycle),
                new Case("size beyond the chain", FixtureDamageTest::sizeBeyondChain),
                new Case("long-name checksum", FixtureDamageTest::longNameChecksum),
                new Case("wrong dot-dot", FixtureDamageTest::wrongDotDot),
                new Case("directory with size", FixtureDamageTest::directoryWithSize),
                new Case("dirty", FixtureDamageTest::dirty));
        return fixtures.stream().flatMap(fixture -> damages.stream().map(damage -> Arguments.of(fixture, damage)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void damageIsFoundAndRepaired(Fixture fixture, Case damage) throws IOException {
        Path image = bareVolume(fixture.image());
        Map<String, String> manifest = TreeSnapshot.ofManifest(Fixtures.oofatfsManifest(fixture.image()));
        assertThat(DamageLab.snapshot(image)).isEqualTo(manifest);
        assertThat(DamageLab.check(image).isClean()).isTrue();

        Expected expected = damage.damage().apply(new ImageDamage(image), fixture);
        judge(image, manifest, expected.involved(), expected.fsckSays(), expected.kinds());
    }

    private static Expected lostChain(ImageDamage damage, Fixture fixture) throws IOException {
        long first = damage.freeCluster(100);
        damage.setFat(first, damage.endOfChain());
        return new Expected(paths(), "Reclaimed 1 unused cluster", ProblemKind.LOST_CLUSTERS);
    }

    private static Expected crossLink(ImageDamage damage, Fixture fixture) throws IOException {
        damage.crossLink(damage.firstCluster(damage.slot(fixture.a())), damage.firstCluster(damage.slot(fixture.b())));
        return new Expected(paths(fixture.pathB()), "share clusters", ProblemKind.CROSS_LINKED);
    }

    private static Expected cycle(ImageDamage damage, Fixture fixture) throws IOException {
        List<Long> b = damage.chain(damage.firstCluster(damage.slot(fixture.b())));
        damage.setFat(b.get(b.size() - 1), b.get(0));
        return new Expected(paths(), "Circular cluster chain", ProblemKind.CHAIN_CYCLE);
    }

    private static Expected sizeBeyondChain(ImageDamage damage, Fixture fixture) throws IOException {
        long slot = damage.slot(fixture.a());
        damage.setSize(slot, damage.size(slot) + 10L * damage.clusterBytes());
        return new Expected(paths(fixture.pathA()), "File size is", ProblemKind.SIZE_MISMATCH);
    }

    private static Expected longNameChecksum(ImageDamage damage, Fixture fixture) throws IOException {
        long shortSlot = damage.slot(fixture.longNamed());
        damage.setByte(shortSlot - 32 + 13, damage.getByte(shortSlot - 32 + 13) ^ 0x5A);
        return new Expected(paths(fixture.longNamedPath()), "hecksum", ProblemKind.BAD_LONG_NAME_CHECKSUM);
    }

    private static Expected wrongDotDot(ImageDamage damage, Fixture fixture) throws IOException {
        long images = damage.slot(fixture.directory());
        damage.setFirstCluster(damage.slotOf(images, 1), damage.firstCluster(damage.slot(fixture.a())));
        return new Expected(paths(), "Invalid '..' entry", ProblemKind.INVALID_DOT_ENTRIES);
    }

    private static Expected directoryWithSize(ImageDamage damage, Fixture fixture) throws IOException {
        damage.setSize(damage.slot(fixture.directory()), 4096);
        return new Expected(paths(), "Directory has non-zero size", ProblemKind.DIRECTORY_WITH_SIZE);
    }

    private static Expected dirty(ImageDamage damage, Fixture fixture) throws IOException {
        damage.setDirtyBit();
        return new Expected(paths(), "Dirty bit is set", ProblemKind.DIRTY_FLAG);
    }

    /** The fixture's FAT volume as a bare image file (the partition's bytes when it has a partition table). */
    private Path bareVolume(String name) throws IOException {
        Path image = Fixtures.unpackOofatfs(name, dir);
        LocatedVolume located;
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            located = VolumeLocator.locate(device, null);
            if (located.partition() == null) {
                return image;
            }
        }
        Path bare = dir.resolve("bare-" + name);
        long start = located.partition().startBytes();
        long length = located.partition().lengthBytes();
        try (FileChannel in = FileChannel.open(image);
             FileChannel out = FileChannel.open(bare, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long done = 0; done < length; ) {
                done += in.transferTo(start + done, length - done, out);
            }
        }
        return bare;
    }
}
