package io.flashdeck.core.fat.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.block.ClosingBlockDevice;
import io.flashdeck.core.block.FileBlockDevice;
import io.flashdeck.core.block.MemoryBlockDevice;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.fat.name.NameStyle;
import io.flashdeck.core.testing.FatImages;
import io.flashdeck.core.testing.MTools;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.transfer.TreeWalker;
import io.flashdeck.core.volume.ChannelContent;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of an mtools-filled, fragmented image sent to channels in random pieces arrive exactly as
 * mtools stored them, whatever the device stack: an image file (the system copies), a window of
 * it (a partition), or memory (through reads).
 */
class ChainTransferTest {

    private static final FatOptions READ_ONLY = FatOptions.DEFAULT.withReadOnly(true).withNameStyle(NameStyle.UNICODE);

    @TempDir
    Path dir;

    @Test
    void filesArriveExactlyOverEveryDeviceStack() throws IOException {
        Path image = FatImages.mkfs(dir.resolve("disk.img"), 16, 24_000);
        Path tree = Files.createDirectory(dir.resolve("tree"));
        RandomTree.create(tree, 61, 60, 300_000);
        FatImages.fillFragmented(MTools.on(image), tree, dir.resolve("scratch"));
        Map<String, String> expected = TreeSnapshot.ofHost(tree);

        Random random = new Random(62);
        try (FatVolume file = FatVolume.open(FileBlockDevice.open(image, true), "file", READ_ONLY)) {
            assertThat(sentTree(file, random)).isEqualTo(expected);
        }
        FileBlockDevice base = FileBlockDevice.open(image, true);
        try (FatVolume window = FatVolume.open(new ClosingBlockDevice(base.slice(0, base.size()), base), "window",
                READ_ONLY)) {
            assertThat(sentTree(window, random)).isEqualTo(expected);
        }
        try (FatVolume memory = FatVolume.open(new MemoryBlockDevice(Files.readAllBytes(image)), "memory",
                READ_ONLY)) {
            assertThat(sentTree(memory, random)).isEqualTo(expected);
        }
    }

    @Test
    void devicesRefuseToSendBytesOutsideThemselves() throws IOException {
        Path image = Files.write(dir.resolve("small.img"), new byte[4096]);
        WritableByteChannel sink = Channels.newChannel(new ByteArrayOutputStream());
        try (BlockDevice file = FileBlockDevice.open(image, true); BlockDevice memory = new MemoryBlockDevice(4096)) {
            for (BlockDevice device : new BlockDevice[] {file, file.slice(1024, 2048), memory}) {
                assertThatThrownBy(() -> device.transferTo(device.size() - 10, 20, sink))
                        .isInstanceOf(IOException.class).hasMessageContaining("outside the device");
                assertThatThrownBy(() -> device.transferTo(-1, 1, sink)).isInstanceOf(IOException.class);
            }
        }
    }

    /** Every file of {@code volume} sent to a channel in pieces of random size, as a snapshot. */
    private static Map<String, String> sentTree(FatVolume volume, Random random) throws IOException {
        Map<String, String> snapshot = new HashMap<>();
        for (FileEntry entry : TreeWalker.entries(volume, volume.stat(VolumePath.ROOT))) {
            String name = entry.path().toString();
            if (entry.isDirectory()) {
                if (!entry.path().isRoot()) {
                    snapshot.put(name, "dir");
                }
                continue;
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            WritableByteChannel channel = Channels.newChannel(received);
            try (InputStream in = volume.openRead(entry.path())) {
                ChannelContent content = (ChannelContent) in;
                while (content.transferTo(channel, 1 + random.nextInt(70_000)) > 0) {
                    assertThat(received.size()).isLessThanOrEqualTo((int) entry.size());
                }
                assertThat(content.transferTo(channel, 0)).isZero();
                assertThat(in.read()).isEqualTo(-1);
            }
            snapshot.put(name, TreeSnapshot.fileValue(received.toByteArray()));
        }
        return snapshot;
    }
}
