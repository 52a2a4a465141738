package io.flashdeck.serial.bench;

import io.flashdeck.core.host.HostVolume;
import io.flashdeck.core.transfer.Copier;
import io.flashdeck.core.transfer.CopyOptions;
import io.flashdeck.core.transfer.CopyPlan;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.transfer.TransferProgress;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.device.DeviceVolume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * FlashDeck's own way, exactly as {@code flashdeck cp -r} runs it: a {@link Copier} between a host
 * folder and the camera, which sends small files many per device call. The workload's files are
 * staged in a host folder once; each download goes to a new host folder and is read back from it.
 */
final class AgentTransfer implements TransferMethod {

    static final String NAME = "flashdeck";

    private final DeviceVolume volume;
    private final Path scratch;
    private int downloads;

    AgentTransfer(DeviceVolume volume, Path scratch) {
        this.volume = volume;
        this.scratch = scratch;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void upload(Workload workload, VolumePath directory) throws IOException {
        HostVolume staged = new HostVolume(staged(workload));
        copy(new Endpoint(staged, VolumePath.ROOT), new Endpoint(volume, directory));
    }

    @Override
    public List<byte[]> download(Workload workload, VolumePath directory) throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("down-" + ++downloads));
        copy(new Endpoint(volume, directory), new Endpoint(new HostVolume(folder), VolumePath.ROOT));
        Path copied = folder.resolve(directory.name());
        List<byte[]> contents = new ArrayList<>();
        for (Workload.Payload file : workload.files()) {
            contents.add(Files.readAllBytes(copied.resolve(file.name())));
        }
        return contents;
    }

    private static void copy(Endpoint from, Endpoint into) throws IOException {
        new Copier(CopyOptions.DEFAULT, TransferProgress.NONE).copy(CopyPlan.resolve(from, into, true, true));
    }

    /** The workload's files in a host folder of their own, written the first time it is asked for. */
    private Path staged(Workload workload) throws IOException {
        Path folder = scratch.resolve("up-" + workload.name().replace(' ', '-'));
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            for (Workload.Payload file : workload.files()) {
                Files.write(folder.resolve(file.name()), file.data());
            }
        }
        return folder;
    }
}
