package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.host.HostVolumeTestBase;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.testing.BatchingVolume;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies between host folders and FAT images standing in for a camera's volumes: real images
 * made by mkfs.fat, seen through a {@link BatchingVolume} where a test wants a camera. Every image
 * must pass fsck.fat once the test is done, whatever the test did to the copy.
 */
abstract class CameraCopyTestBase extends HostVolumeTestBase {

    @TempDir
    Path images;
    private final Map<Path, FatVolume> opened = new LinkedHashMap<>();

    /** A fresh FAT16 volume of 32 MiB. */
    FatVolume image(String name) throws IOException {
        Path file = FatImages.mkfs(images.resolve(name + ".img"), 16, 32 * 1024);
        FatVolume fat = DiskImage.openVolume(file, null, FatOptions.DEFAULT);
        opened.put(file, fat);
        return fat;
    }

    /** A fresh FAT16 volume holding a copy of the host's {@code hostPath} at its root. */
    FatVolume imageHolding(String name, String hostPath) throws IOException {
        FatVolume fat = image(name);
        copy(volume, hostPath, fat, "/", CopyOptions.DEFAULT);
        return fat;
    }

    /** A camera's files per batch for a seeded run: from 2 to 32. */
    static int filesPerBatch(long seed) {
        return 2 + new Random(seed).nextInt(31);
    }

    @AfterEach
    void imagesStayClean() throws IOException {
        for (Map.Entry<Path, FatVolume> image : opened.entrySet()) {
            image.getValue().flush();
            image.getValue().close();
            Fsck.check(image.getKey()).requireClean();
        }
    }

    static CopyResult copy(Volume from, String source, Volume to, String destination, CopyOptions options)
            throws IOException {
        return copy(from, source, to, destination, new Copier(options, TransferProgress.NONE));
    }

    static CopyResult copy(Volume from, String source, Volume to, String destination, Copier copier)
            throws IOException {
        return copier.copy(plan(from, source, to, destination));
    }

    static CopyPlan plan(Volume from, String source, Volume to, String destination) throws IOException {
        return CopyPlan.resolve(new Endpoint(from, VolumePath.parse(source)),
                new Endpoint(to, VolumePath.parse(destination)), false, true);
    }

    /** The files below {@code top} on {@code volume}, in the order a copy takes them. */
    static List<VolumePath> filesInTreeOrder(Volume volume, String top) throws IOException {
        return TreeWalker.entries(volume, volume.stat(VolumePath.parse(top))).stream()
                .filter(FileEntry::isFile)
                .map(FileEntry::path)
                .toList();
    }

    /**
     * The batches hold every file once, in tree order, at most {@code filesPerBatch} files each,
     * read batches at most 256 KiB (unless alone), and more than one file where a batch could.
     */
    static void assertBatchesCarry(List<BatchingVolume.Batch> batches, List<VolumePath> files, int filesPerBatch) {
        assertThat(batches.stream().flatMap(batch -> batch.files().stream())).containsExactlyElementsOf(files);
        for (BatchingVolume.Batch batch : batches) {
            assertThat(batch.files()).hasSizeLessThanOrEqualTo(filesPerBatch);
            if (!batch.write() && batch.files().size() > 1) {
                assertThat(batch.bytes()).isLessThanOrEqualTo(256 * 1024);
            }
        }
        assertThat(batches).hasSizeLessThan(files.size());
    }
}
