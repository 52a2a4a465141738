package io.flashdeck.core.fat.check;

import io.flashdeck.core.testing.ImageDamage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A test class that damages copies of the lab's volumes (each class gets a lab of its own) and
 * has each damage judged: one volume copy per test.
 */
abstract class LabTest {

    @TempDir
    static Path dir;

    static DamageLab lab;

    private Path image;
    private Map<String, String> before;

    @BeforeAll
    static void openLab() {
        lab = new DamageLab(dir);
    }

    /** A fresh copy of the FAT{@code bits} volume for this test, read before it is damaged with what this returns. */
    ImageDamage damage(int bits, String name) throws IOException {
        image = lab.volume(bits, name);
        before = DamageLab.snapshot(image);
        return new ImageDamage(image);
    }

    /** The volume copy of this test. */
    Path image() {
        return image;
    }

    /** What the copy held before the damage. */
    Map<String, String> before() {
        return before;
    }

    /** {@link DamageLab#judge} on this test's copy. */
    RepairReport judge(Set<String> involved, String fsckSays, ProblemKind... kinds) throws IOException {
        return DamageLab.judge(image, before, involved, fsckSays, kinds);
    }
}
