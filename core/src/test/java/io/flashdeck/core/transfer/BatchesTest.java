package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.volume.EntryType;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

    private static List<FileEntry> files(long... sizes) {
        List<FileEntry> files = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            files.add(new FileEntry(VolumePath.of("f" + i), EntryType.FILE, sizes[i], null));
        }
        return files;
    }

    private static List<String> cut(int maxFiles, long maxBytes, long... sizes) {
        return Batches.cut(files(sizes), maxFiles, maxBytes).stream()
                .map(span -> span.from() + "-" + span.to())
                .toList();
    }

    @Test
    void batchesEndAtTheFileCountOrBeforeTheFileThatWouldPassTheByteLimit() {
        assertThat(cut(3, 100, 1, 1, 1, 1, 1, 1, 1)).containsExactly("0-3", "3-6", "6-7");
        assertThat(cut(10, 100, 40, 60, 1, 99, 100)).containsExactly("0-2", "2-4", "4-5");
        assertThat(cut(1, 100, 5, 5)).containsExactly("0-1", "1-2");
        assertThat(cut(4, 100)).isEmpty();
    }

    @Test
    void aLargerFileTravelsAloneAndEmptyFilesFillACountOnly() {
        assertThat(cut(8, 100, 10, 500, 10, 0, 0, 90, 0, 1)).containsExactly("0-1", "1-2", "2-7", "7-8");
        assertThat(cut(8, 100, 500, 500)).containsExactly("0-1", "1-2");
    }

    @Test
    void aBatchHoldsAtLeastOneFile() {
        assertThatThrownBy(() -> Batches.cut(files(1), 0, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every file once, in order; every limit kept; and no batch could have taken the next file too. */
    @Test
    void randomListsAreCutIntoTheFewestBatchesThatKeepTheLimits() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            int maxFiles = 1 + random.nextInt(40);
            long maxBytes = 1 + random.nextInt(300_000);
            long[] sizes = LongStream.generate(() -> random.nextInt(4) == 0 ? random.nextInt(400_000)
                    : random.nextInt(9000)).limit(random.nextInt(120)).toArray();
            List<Batches.Span> spans = Batches.cut(files(sizes), maxFiles, maxBytes);

            int next = 0;
            for (Batches.Span span : spans) {
                assertThat(span.from()).as("seed %d", seed).isEqualTo(next);
                int count = span.to() - span.from();
                long bytes = LongStream.of(sizes).skip(span.from()).limit(count).sum();
                assertThat(count).as("seed %d", seed).isBetween(1, maxFiles);
                assertThat(count == 1 || bytes <= maxBytes).as("seed %d bytes %d", seed, bytes).isTrue();
                if (span.to() < sizes.length) {
                    assertThat(count == maxFiles || bytes + sizes[span.to()] > maxBytes).as("seed %d", seed).isTrue();
                }
                next = span.to();
            }
            assertThat(next).isEqualTo(sizes.length);
        }
    }
}
