package io.flashdeck.core.fat.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.MTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check tells how far it has come while it walks the tree, and ends at the whole. */
class CheckProgressTest {

    @TempDir
    Path dir;

    @Test
    void progressGrowsInSmallStepsAndEndsAtOne() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("v.img"), 16, 32 * 1024);
        Random random = new Random(11);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] content = new byte[2_000 + random.nextInt(60_000)];
            random.nextBytes(content);
            files.add(Files.write(dir.resolve("f" + i + ".bin"), content));
        }
        MTools.on(image).copyIn("::/", files.toArray(Path[]::new));

        List<Double> reported = new ArrayList<>();
        CheckReport report;
        try (FileBlockDevice device = FileBlockDevice.open(image, true)) {
            report = FatChecker.check(device, reported::add);
        }

        assertThat(report.problems()).isEmpty();
        assertThat(reported).isSorted().last().isEqualTo(1.0);
        assertThat(reported.stream().filter(done -> done > 0 && done < 1)).hasSizeGreaterThan(50);
    }
}
