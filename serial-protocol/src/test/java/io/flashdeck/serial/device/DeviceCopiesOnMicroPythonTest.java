package io.flashdeck.serial.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.testing.RandomTree;
import io.flashdeck.core.testing.TreeSnapshot;
import io.flashdeck.core.transfer.Copier;
import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.CopyResult;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transfer code written once against Volume moves trees between the host and real MicroPython. */
class DeviceCopiesOnMicroPythonTest {

    @TempDir
    Path root;

    @Test
    void randomTreesGoToTheDeviceAndComeBackIdentical() throws IOException {
        Path tree = Files.createDirectory(root.resolve("tree"));
        int files = RandomTree.create(tree, 5, 40, 150_000).files().size();
        try (DeviceSession session = DeviceSession.open(MicroPythonPeer.start(), MicroPythonPeer.settings());
                HostVolume host = new HostVolume(root)) {
            DeviceVolume flash = session.volume("/flash");
            DeviceVolume sdcard = session.volume("/sdcard");
            CopyOptions verified = CopyOptions.DEFAULT.withVerify(true);

            assertThat(copy(host, "/tree", flash, "/tree", verified).copied()).isEqualTo(files);
            assertThat(TreeSnapshot.ofVolume(flash, VolumePath.parse("/tree"))).isEqualTo(TreeSnapshot.ofHost(tree));

            copy(flash, "/tree", sdcard, "/copy", verified); // device to device over one session
            copy(sdcard, "/copy", host, "/back", verified);
            assertThat(TreeSnapshot.ofHost(root.resolve("back"))).isEqualTo(TreeSnapshot.ofHost(tree));
        }
    }

    private static CopyResult copy(Volume from, String source, Volume to, String destination, CopyOptions options)
            throws IOException {
        CopyPlan plan = CopyPlan.resolve(new Endpoint(from, VolumePath.parse(source)),
                new Endpoint(to, VolumePath.parse(destination)), false, true);
        return new Copier(options, TransferProgress.NONE).copy(plan);
    }
}
