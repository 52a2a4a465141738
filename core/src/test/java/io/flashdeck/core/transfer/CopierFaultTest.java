package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.host.HostVolumeTestBase;
import io.flashdeck.core.testing.FaultyVolume;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A destination that fails part way leaves complete files or old content, never a half-written file. */
class CopierFaultTest extends HostVolumeTestBase {

    @Test
    void failingAtRandomPointsLeavesNothingHalfWritten() throws IOException {
        for (long seed = 21; seed <= 30; seed++) {
            Random random = new Random(seed);
            Path tree = Files.createDirectory(root.resolve("t" + seed));
            RandomTree.create(tree, random.nextLong(), 30, 200_000);
            Map<String, String> expected = TreeSnapshot.ofHost(tree);
            long total = Files.walk(tree).filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            // An old file of the same name as one in the tree must keep its content.
            String replaced = expected.keySet().stream().filter(name -> !expected.get(name).equals("dir"))
                    .reduce((a, b) -> b).orElseThrow();
            Path copy = otherRoot.resolve("c" + seed).resolve("t" + seed);
            Path old = copy.resolve(replaced.substring(1));
            Files.createDirectories(old.getParent());
            Files.writeString(old, "old");

            FaultyVolume failing = new FaultyVolume(other).failAfter(random.nextInt((int) Math.max(total, 1)));
            CopyPlan plan = CopyPlan.resolve(new Endpoint(volume, VolumePath.parse("/t" + seed)),
                    new Endpoint(failing, VolumePath.parse("/c" + seed)), false, true);
            assertThatThrownBy(() -> new Copier(CopyOptions.DEFAULT, TransferProgress.NONE).copy(plan))
                    .hasMessageContaining("injected write failure");

            Map<String, String> actual = TreeSnapshot.ofHost(copy);
            assertThat(expected.keySet()).containsAll(actual.keySet());
            actual.forEach((name, hash) -> {
                if (name.equals(replaced) && !hash.equals(expected.get(name))) {
                    assertThat(old).hasContent("old");
                } else {
                    assertThat(hash).as(name).isEqualTo(expected.get(name));
                }
            });
        }
        try (var files = Files.walk(otherRoot)) {
            assertThat(files.map(Path::toString).filter(name -> name.contains("flashdeck-tmp"))).isEmpty();
        }
    }
}
