package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.host.HostVolumeTestBase;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.Fsck;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy cancelled part way keeps what was complete and leaves the file it was writing out, old content intact. */
class CopierCancelTest extends HostVolumeTestBase {

    @TempDir
    Path scratch;

    /** Three files of 300 KB in {@code /t}. */
    private void threeFiles() throws IOException {
        Files.createDirectory(root.resolve("t"));
        Random random = new Random(5);
        for (String name : List.of("a.bin", "b.bin", "c.bin")) {
            byte[] content = new byte[300_000];
            random.nextBytes(content);
            Files.write(root.resolve("t").resolve(name), content);
        }
    }

    /**
     * Cancels once {@code cancelAt} bytes of {@code file} are written; at 0, as soon as the file
     * starts, so that the write has begun but not read any content (an image writes 300 KB in one go).
     */
    private static TransferProgress cancellingIn(String file, long cancelAt, Cancellation cancellation) {
        return new TransferProgress() {
            private String current;

            @Override
            public void fileStarted(VolumePath source, long size) {
                current = source.name();
                if (file.equals(current) && cancelAt == 0) {
                    cancellation.cancel();
                }
            }

            @Override
            public void advanced(long fileBytes, long overallBytes, long totalBytes) {
                if (file.equals(current) && fileBytes >= cancelAt) {
                    cancellation.cancel();
                }
            }
        };
    }

    private void copyCancelled(Volume target, long cancelAt) throws IOException {
        Cancellation cancellation = new Cancellation();
        CopyPlan plan = CopyPlan.resolve(new Endpoint(volume, VolumePath.parse("/t")),
                new Endpoint(target, VolumePath.ROOT), false, true);
        Copier copier = new Copier(CopyOptions.DEFAULT, cancellingIn("b.bin", cancelAt, cancellation),
                ConflictDecider.always(ConflictPolicy.REPLACE), cancellation);
        assertThatThrownBy(() -> copier.copy(plan)).isInstanceOf(CopyCancelledException.class);
        assertThat(cancellation.isCancelled()).isTrue();
    }

    @Test
    void aCancelledCopyToTheHostKeepsTheOldFileAndLeavesNoTemporary() throws IOException {
        threeFiles();
        Files.createDirectory(otherRoot.resolve("t"));
        Files.writeString(otherRoot.resolve("t/b.bin"), "old");
        copyCancelled(other, 100_000);

        assertThat(otherRoot.resolve("t/a.bin")).hasSameBinaryContentAs(root.resolve("t/a.bin"));
        assertThat(otherRoot.resolve("t/b.bin")).hasContent("old");
        assertThat(otherRoot.resolve("t/c.bin")).doesNotExist();
        try (var files = Files.list(otherRoot.resolve("t"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("a.bin", "b.bin");
        }
    }

    @Test
    void aCancelledCopyIntoAnImageLeavesItCleanWithoutTheHalfFile() throws IOException {
        threeFiles();
        Path image = FatImages.mkfs(scratch.resolve("cancel.img"), 12, 4096);
        try (FatVolume fat = DiskImage.openVolume(image, null, FatOptions.DEFAULT)) {
            copyCancelled(fat, 0);
            List<String> names = new ArrayList<>();
            fat.list(VolumePath.parse("/t")).stream().map(FileEntry::name).forEach(names::add);
            assertThat(names).containsExactly("a.bin");
            fat.flush();
        }
        Fsck.check(image).requireClean();
        assertThat(MTools.on(image).listAll().lines())
                .noneMatch(line -> line.matches("[bc]\\s+bin .*"))
                .anyMatch(line -> line.matches("a\\s+bin\\s+300000 .*"));
    }

    @Test
    void aCancellationBeforeTheStartCopiesNothing() throws IOException {
        threeFiles();
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        CopyPlan plan = CopyPlan.resolve(new Endpoint(volume, VolumePath.parse("/t")),
                new Endpoint(other, VolumePath.ROOT), false, true);
        assertThatThrownBy(() -> new Copier(CopyOptions.DEFAULT, TransferProgress.NONE,
                ConflictDecider.always(ConflictPolicy.REPLACE), cancellation).copy(plan))
                .isInstanceOf(CopyCancelledException.class);
        assertThat(otherRoot.resolve("t")).doesNotExist();
    }

    @Test
    void theDeciderIsAskedFileByFileWithBothSides() throws IOException {
        threeFiles();
        Files.createDirectory(otherRoot.resolve("t"));
        for (String name : List.of("a.bin", "b.bin", "c.bin")) {
            Files.writeString(otherRoot.resolve("t").resolve(name), "old " + name);
        }
        List<String> asked = new ArrayList<>();
        ConflictDecider decider = (source, sourceEntry, target, existing) -> {
            asked.add(source.path() + " " + sourceEntry.size() + " -> " + target.path() + " " + existing.size());
            return switch (source.path().name()) {
                case "a.bin" -> ConflictPolicy.REPLACE;
                case "b.bin" -> ConflictPolicy.KEEP_BOTH;
                default -> ConflictPolicy.SKIP;
            };
        };
        CopyPlan plan = CopyPlan.resolve(new Endpoint(volume, VolumePath.parse("/t")),
                new Endpoint(other, VolumePath.ROOT), false, true);
        CopyResult result = new Copier(CopyOptions.DEFAULT.withVerify(true), TransferProgress.NONE, decider,
                Cancellation.NEVER).copy(plan);

        assertThat(asked).containsExactly("/t/a.bin 300000 -> /t/a.bin 9", "/t/b.bin 300000 -> /t/b.bin 9",
                "/t/c.bin 300000 -> /t/c.bin 9");
        assertThat(result.copied()).isEqualTo(2);
        assertThat(result.skipped()).containsExactly(VolumePath.parse("/t/c.bin"));
        assertThat(otherRoot.resolve("t/a.bin")).hasSameBinaryContentAs(root.resolve("t/a.bin"));
        assertThat(otherRoot.resolve("t/b.bin")).hasContent("old b.bin");
        assertThat(otherRoot.resolve("t/b (1).bin")).hasSameBinaryContentAs(root.resolve("t/b.bin"));
        assertThat(otherRoot.resolve("t/c.bin")).hasContent("old c.bin");
    }

    @Test
    void sameContentNeedsTheSizeAndTheHash() throws IOException {
        Files.writeString(root.resolve("x"), "abc");
        Files.writeString(otherRoot.resolve("same"), "abc");
        Files.writeString(otherRoot.resolve("other"), "abd");
        Files.writeString(otherRoot.resolve("longer"), "abcd");
        Endpoint x = at("/x");
        for (String name : List.of("same", "other", "longer")) {
            Endpoint there = new Endpoint(other, VolumePath.parse("/" + name));
            assertThat(SameContent.check(x, x.stat(), there, there.stat())).as(name).isEqualTo(name.equals("same"));
        }
    }
}
