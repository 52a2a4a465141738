package io.flashdeck.serial.bench;

import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.device.DeviceVolume;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    @Override
    public void upload(Workload workload, VolumePath directory) throws IOException {
        for (Workload.Payload file : workload.files()) {
            volume.write(directory.resolve(file.name()), new ByteArrayInputStream(file.data()), file.data().length,
                    WriteOptions.DEFAULT);
        }
    }

    @Override
    public List<byte[]> download(Workload workload, VolumePath directory) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (Workload.Payload file : workload.files()) {
            try (InputStream in = volume.openRead(directory.resolve(file.name()))) {
                contents.add(in.readAllBytes());
            }
        }
        return contents;
    }
}
