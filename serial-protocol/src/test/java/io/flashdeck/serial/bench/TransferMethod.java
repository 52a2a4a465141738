package io.flashdeck.serial.bench;

import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.List;

/** A way of moving a workload's files into a directory of a device volume and back. */
interface TransferMethod {

    /** For the table: {@code agent} or the baseline's name. */
    String name();

    /** Writes every file of {@code workload} into {@code directory}, which exists and is empty. */
    void upload(Workload workload, VolumePath directory) throws IOException;

    /** Reads every file of {@code workload} back from {@code directory}, in the workload's order. */
    List<byte[]> download(Workload workload, VolumePath directory) throws IOException;
}
