package io.flashdeck.serial.bench;

import io.flashdeck.core.volume.FileWrite;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.device.DeviceVolume;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** FlashDeck's own way: the agent's verified transfers, through {@link DeviceVolume} as every command uses them. */
final class AgentTransfer implements TransferMethod {

    static final String NAME = "flashdeck";

    private final DeviceVolume volume;

    AgentTransfer(DeviceVolume volume) {
        this.volume = volume;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** In batches of the volume's size, as a copy of a folder sends them. */
    @Override
    public void upload(Workload workload, VolumePath directory) throws IOException {
        for (List<Workload.Payload> batch : batches(workload)) {
            List<FileWrite> writes = new ArrayList<>();
            for (Workload.Payload file : batch) {
                writes.add(new FileWrite(directory.resolve(file.name()), file.data().length, WriteOptions.DEFAULT,
                        () -> new ByteArrayInputStream(file.data())));
            }
            volume.writeAll(writes, index -> { });
        }
    }

    @Override
    public List<byte[]> download(Workload workload, VolumePath directory) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (List<Workload.Payload> batch : batches(workload)) {
            List<VolumePath> paths = batch.stream().map(file -> directory.resolve(file.name())).toList();
            volume.readAll(paths, (index, in) -> contents.add(in.readAllBytes()));
        }
        return contents;
    }

    private List<List<Workload.Payload>> batches(Workload workload) {
        List<Workload.Payload> files = workload.files();
        int size = volume.filesPerBatch();
        List<List<Workload.Payload>> batches = new ArrayList<>();
        for (int from = 0; from < files.size(); from += size) {
            batches.add(files.subList(from, Math.min(files.size(), from + size)));
        }
        return batches;
    }
}
