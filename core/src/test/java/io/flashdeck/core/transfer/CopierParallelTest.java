package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.host.HostVolumeTestBase;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.ForwardingVolume;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Copies with several files in flight: the same tree as one at a time, errors and cancelling reported. */
class CopierParallelTest extends HostVolumeTestBase {

    private static final CopyOptions PARALLEL = CopyOptions.DEFAULT.withParallel(true);
    private static final int FLAT_FILES = 20;

    private CopyResult copy(String source, Volume to, String destination, CopyOptions options,
            TransferProgress progress) throws IOException {
        return copy(volume, source, to, destination, options, progress);
    }

    private static CopyResult copy(Volume from, String source, Volume to, String destination, CopyOptions options,
            TransferProgress progress) throws IOException {
        CopyPlan plan = CopyPlan.resolve(new Endpoint(from, VolumePath.parse(source)),
                new Endpoint(to, VolumePath.parse(destination)), false, true);
        return new Copier(options, progress).copy(plan);
    }

    @Test
    void parallelCopiesWriteTheTreeAndTimesThatASequentialCopyWrites() throws IOException {
        for (long seed = 41; seed <= 45; seed++) {
            Path tree = Files.createDirectory(root.resolve("t" + seed));
            RandomTree.create(tree, seed, 40, 100_000);
            stampDistinctTimes(tree);
            CopyResult sequential = copy("/t" + seed, other, "/seq" + seed, CopyOptions.DEFAULT, TransferProgress.NONE);
            CopyResult parallel = copy("/t" + seed, other, "/par" + seed, PARALLEL, TransferProgress.NONE);

            assertThat(parallel).isEqualTo(sequential);
            assertThat(TreeSnapshot.ofHost(otherRoot.resolve("par" + seed))).isEqualTo(TreeSnapshot.ofHost(tree));
            assertThat(times(otherRoot.resolve("par" + seed))).isEqualTo(times(otherRoot.resolve("seq" + seed)))
                    .isEqualTo(times(tree));
        }
        assertNoTemporaryFiles();
    }

    @Test
    void anImageExtractsInParallelExactlyAsMtoolsFilledIt() throws IOException {
        Path image = FatImages.mkfs(root.resolve("disk.img"), 32, 70_000);
        Path tree = Files.createDirectory(root.resolve("tree"));
        RandomTree.create(tree, 47, 120, 60_000);
        stampDistinctTimes(tree);
        MTools.on(image).copyIn("::/", tree);
        try (FatVolume fat = DiskImage.openVolume(image, null,
                FatOptions.DEFAULT.withReadOnly(true).withNameStyle(NameStyle.UNICODE))) {
            assertThat(fat.allowsConcurrentUse()).isTrue();
            copy(fat, "/", other, "/out", PARALLEL, TransferProgress.NONE);
        }
        assertThat(TreeSnapshot.ofHost(otherRoot.resolve("out/tree"))).isEqualTo(TreeSnapshot.ofHost(tree));
        assertThat(times(otherRoot.resolve("out/tree"))).isEqualTo(times(tree));
    }

    @Test
    void filesOverlapWhenBothVolumesAllowIt() throws IOException {
        flatTree();
        // Two writes meet inside write, which only happens when they are in flight at once.
        CyclicBarrier meet = new CyclicBarrier(2);
        WatchedVolume target = new WatchedVolume(other, true).beforeWrite(file -> await(meet));
        copy("/flat", target, "/flat", PARALLEL, TransferProgress.NONE);
        assertThat(target.mostInFlight()).isGreaterThanOrEqualTo(2);
        assertThat(TreeSnapshot.ofHost(otherRoot.resolve("flat"))).isEqualTo(TreeSnapshot.ofHost(root.resolve("flat")));
    }

    @Test
    void filesAreCopiedWhileTheTreeIsStillWalked() throws IOException {
        long bytes = 0;
        for (String file : List.of("walk/a/first.txt", "walk/b/later.txt")) {
            Files.createDirectories(root.resolve(file).getParent());
            bytes += Files.writeString(root.resolve(file), "content of " + file).toFile().length();
        }
        CountDownLatch firstWritten = new CountDownLatch(1);
        // The walk reaches /walk/b only once /walk/a/first.txt is on the target: a copy that
        // listed the whole tree before writing anything would wait here until the latch gives up.
        Volume source = new ForwardingVolume(volume) {
            @Override
            public List<FileEntry> list(VolumePath directory) throws IOException {
                if (directory.equals(VolumePath.parse("/walk/b"))) {
                    awaitLatch(firstWritten);
                }
                return super.list(directory);
            }

            @Override
            public boolean allowsConcurrentUse() {
                return true;
            }
        };
        Volume target = new ForwardingVolume(other) {
            @Override
            public void write(VolumePath file, InputStream content, long length, WriteOptions options)
                    throws IOException {
                super.write(file, content, length, options);
                firstWritten.countDown();
            }

            @Override
            public boolean allowsConcurrentUse() {
                return true;
            }
        };
        List<Long> totals = new ArrayList<>();
        TransferProgress progress = new TransferProgress() {
            @Override
            public void advanced(long fileBytes, long overallBytes, long totalBytes) {
                totals.add(totalBytes);
            }
        };

        copy(source, "/walk", target, "/walk", PARALLEL, progress);

        assertThat(TreeSnapshot.ofHost(otherRoot.resolve("walk"))).isEqualTo(TreeSnapshot.ofHost(root.resolve("walk")));
        assertThat(totals).isSorted().last().isEqualTo(bytes);
    }

    @Test
    void oneFileAtATimeUnlessBothVolumesAllowMoreAndNoNumberedNamesAreChosen() throws IOException {
        flatTree();
        WatchedVolume camera = new WatchedVolume(other, false);
        copy("/flat", camera, "/flat", PARALLEL, TransferProgress.NONE);
        assertThat(camera.mostInFlight()).isEqualTo(1);

        WatchedVolume host = new WatchedVolume(other, true);
        copy("/flat", host, "/", new CopyOptions(ConflictPolicy.KEEP_BOTH, false, true), TransferProgress.NONE);
        assertThat(host.mostInFlight()).isEqualTo(1);
        assertThat(otherRoot.resolve("flat/f07 (1).txt")).hasContent("file 7");

        copy("/flat", host, "/again", CopyOptions.DEFAULT, TransferProgress.NONE);
        assertThat(host.mostInFlight()).isEqualTo(1);
    }

    @Test
    void aFailingFileStopsTheCopyAndIsReportedWithTheOthersThatFailedMeanwhile() throws IOException {
        flatTree();
        CyclicBarrier bothFail = new CyclicBarrier(2);
        WatchedVolume target = new WatchedVolume(other, true).beforeWrite(file -> {
            if (file.name().startsWith("f05") || file.name().startsWith("f06")) {
                await(bothFail);
                throw new IOException("injected failure of " + file);
            }
        });
        assertThatThrownBy(() -> copy("/flat", target, "/flat", PARALLEL, TransferProgress.NONE))
                .satisfies(e -> assertThat(Stream.concat(Stream.of(e), Stream.of(e.getSuppressed()))
                        .map(Throwable::getMessage))
                        .containsExactlyInAnyOrder("injected failure of /flat/f05.txt", "injected failure of /flat/f06.txt"));
        // Files already taken finish; after the failures at most one more per thread starts.
        assertThat(target.started()).isLessThanOrEqualTo(7 + Copier.PARALLEL_FILES);
        assertWrittenFilesAreComplete();
    }

    @Test
    void interruptingTheCopyCancelsItOnceTheFilesInHandAreDone() throws Exception {
        flatTree();
        CountDownLatch twoInHand = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        WatchedVolume target = new WatchedVolume(other, true).beforeWrite(file -> {
            twoInHand.countDown();
            awaitLatch(release);
        });
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread copying = new Thread(() -> {
            try {
                copy("/flat", target, "/flat", PARALLEL, TransferProgress.NONE);
            } catch (Throwable t) {
                outcome.set(t);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        copying.start();
        assertThat(twoInHand.await(10, TimeUnit.SECONDS)).isTrue();
        copying.interrupt();
        while (copying.isInterrupted()) {
            Thread.sleep(1); // until the waiting copy has taken the interrupt
        }
        Thread.sleep(100);
        release.countDown();
        copying.join(10_000);

        assertThat(copying.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(InterruptedIOException.class).hasMessage("cancelled");
        assertThat(stillInterrupted).isTrue();
        assertThat(target.started()).isBetween(2, 2 * Copier.PARALLEL_FILES).isLessThan(FLAT_FILES);
        assertWrittenFilesAreComplete();
    }

    @Test
    void progressReportsComeOneAtATimeAndEndAtTheTotal() throws IOException {
        Path tree = Files.createDirectory(root.resolve("t"));
        RandomTree.create(tree, 48, 40, 200_000);
        long total;
        try (Stream<Path> files = Files.walk(tree)) {
            total = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        CyclicBarrier meet = new CyclicBarrier(2);
        AtomicInteger writes = new AtomicInteger();
        WatchedVolume target = new WatchedVolume(other, true).beforeWrite(file -> {
            if (writes.incrementAndGet() <= 2) {
                await(meet); // the first two files are surely in flight together
            }
        });
        OneAtATime progress = new OneAtATime();
        CopyResult result = copy("/t", target, "/t", PARALLEL, progress);

        assertThat(progress.overlapped).isFalse();
        assertThat(progress.started).hasSize(result.copied()).isEqualTo(progress.finished);
        assertThat(progress.last).isEqualTo(total);
        assertThat(progress.lastTotal).isEqualTo(total);
    }

    /** Fails the copy when two reports come at once; also records them. */
    private static final class OneAtATime implements TransferProgress {
        private final AtomicInteger inside = new AtomicInteger();
        private final Set<VolumePath> started = new HashSet<>();
        private final Set<VolumePath> finished = new HashSet<>();
        private volatile boolean overlapped;
        private long last;
        private long lastTotal;

        @Override
        public void fileStarted(VolumePath source, long size) {
            enter();
            started.add(source);
            leave();
        }

        @Override
        public void advanced(long fileBytes, long overallBytes, long totalBytes) {
            enter();
            assertThat(overallBytes).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(totalBytes);
            last = overallBytes;
            lastTotal = totalBytes;
            leave();
        }

        @Override
        public void fileFinished(VolumePath source) {
            enter();
            assertThat(started).contains(source);
            finished.add(source);
            leave();
        }

        private void enter() {
            if (inside.incrementAndGet() != 1) {
                overlapped = true;
            }
            Thread.yield(); // gives a second report the chance to come in
        }

        private void leave() {
            inside.decrementAndGet();
        }
    }

    /** {@code /flat} with files f00.txt to f19.txt ("file 0" to "file 19"). */
    private void flatTree() throws IOException {
        Path flat = Files.createDirectory(root.resolve("flat"));
        for (int i = 0; i < FLAT_FILES; i++) {
            Files.writeString(flat.resolve(String.format("f%02d.txt", i)), "file " + i);
        }
    }

    private void assertWrittenFilesAreComplete() throws IOException {
        Map<String, String> source = TreeSnapshot.ofHost(root.resolve("flat"));
        Map<String, String> written = TreeSnapshot.ofHost(otherRoot.resolve("flat"));
        assertThat(written.size()).isLessThan(source.size());
        written.forEach((name, value) -> assertThat(value).as(name).isEqualTo(source.get(name)));
        assertNoTemporaryFiles();
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(otherRoot)) {
            assertThat(files.map(Path::toString).filter(name -> name.contains("flashdeck-tmp"))).isEmpty();
        }
    }

    /** Each file gets its own modified time (whole seconds, 2-second steps as FAT keeps them). */
    private static void stampDistinctTimes(Path tree) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tree)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Files.setLastModifiedTime(files.get(i), FileTime.from(Instant.parse("2011-03-04T05:06:08Z").plusSeconds(2L * i)));
        }
    }

    private static Map<String, FileTime> times(Path tree) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(tree.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static void await(CyclicBarrier barrier) throws IOException {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("no second write came: files were not copied side by side", e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IOException("never released");
            }
        } catch (InterruptedException e) {
            throw new IOException("interrupted", e);
        }
    }
}
