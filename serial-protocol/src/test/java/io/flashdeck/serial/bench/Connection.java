package io.flashdeck.serial.bench;

import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.agent.Sha256;
import io.flashdeck.serial.device.DeviceSession;
import io.flashdeck.serial.device.DeviceVolume;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.testing.CountingLink;
import io.flashdeck.serial.testing.ThrottledLink;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.FileAlreadyExistsException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One session with a peer over a counted (and optionally paced) link, running cases: each
 * upload round into an emptied directory, then the download rounds, each timed with what it put
 * on the wire. Emptying and checking the results (SHA-256 on the device after an upload, on the
 * host after a download) happen outside the timings.
 */
final class Connection implements AutoCloseable {

    private static final VolumePath ROOT = VolumePath.of("fdbench");

    private final String peer;
    private final String linkLabel;
    private final DeviceSession session;
    private final Link link;
    private final DeviceVolume volume;
    private final Meter meter;
    private final BenchReport report;

    private Connection(String peer, String linkLabel, DeviceSession session, Link link, DeviceVolume volume,
            Meter meter, BenchReport report) {
        this.peer = peer;
        this.linkLabel = linkLabel;
        this.session = session;
        this.link = link;
        this.volume = volume;
        this.meter = meter;
        this.report = report;
    }

    /** Connects to {@code peer}, through a link paced at {@code pace} bytes per second each way unless 0. */
    static Connection open(BenchPeer peer, long pace, BenchReport report) throws IOException {
        Link link = pace > 0 ? new ThrottledLink(peer.openLink(), pace) : peer.openLink();
        CountingLink counting = new CountingLink(link);
        DeviceSession session = DeviceSession.open(counting, peer.settings());
        String label = pace > 0 ? "paced " + pace / 1000 + " kB/s" : "direct";
        return new Connection(peer.name(), label, session, counting, session.volume(peer.mount()),
                new Meter(counting), report);
    }

    /** FlashDeck's own transfers on this connection, with host folders under {@code host}. */
    TransferMethod agent(Path host) {
        return new AgentTransfer(volume, host);
    }

    /** The baselines on this connection: mpremote's method alone, and as mpremote's transport paces it. */
    List<TransferMethod> baselines() {
        return List.of(MpremoteStyleTransfer.method(session, volume.mountPath()),
                MpremoteStyleTransfer.timed(new MpremoteSerialModel(link), volume.mountPath()));
    }

    /** Uploads {@code workload} {@code rounds} times, downloads it as often, and reports the best of each. */
    void run(TransferMethod method, Workload workload, int rounds) throws IOException {
        VolumePath directory = ROOT.resolve(method.name()).resolve(workload.name().replace(' ', '-'));
        List<Measurement> uploads = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            empty(directory);
            uploads.add(meter.measure(workload.bytes(), () -> method.upload(workload, directory)));
        }
        report.add(row(method, workload, "up", uploads, storedIntact(workload, directory)));

        List<Measurement> downloads = new ArrayList<>();
        boolean intact = true;
        for (int i = 0; i < rounds; i++) {
            AtomicReference<List<byte[]>> read = new AtomicReference<>();
            downloads.add(meter.measure(workload.bytes(), () -> read.set(method.download(workload, directory))));
            intact &= sameAsSent(workload, read.get());
        }
        report.add(row(method, workload, "down", downloads, intact));
    }

    private BenchReport.Row row(TransferMethod method, Workload workload, String direction, List<Measurement> rounds,
            boolean verified) {
        return new BenchReport.Row(peer, linkLabel, method.name(), workload.name(), direction,
                Measurement.best(rounds), rounds.size(), verified);
    }

    private void empty(VolumePath directory) throws IOException {
        if (volume.find(directory).isPresent()) {
            volume.deleteTree(directory);
        }
        for (int depth = 1; depth <= directory.depth(); depth++) {
            try {
                volume.mkdir(VolumePath.of(directory.names().subList(0, depth).toArray(String[]::new)));
            } catch (FileAlreadyExistsException e) {
                // made by an earlier case
            }
        }
    }

    /** The device's SHA-256 of every uploaded file against the host's. */
    private boolean storedIntact(Workload workload, VolumePath directory) throws IOException {
        for (Workload.Payload file : workload.files()) {
            if (!Arrays.equals(volume.sha256(directory.resolve(file.name())), Sha256.create().digest(file.data()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAsSent(Workload workload, List<byte[]> read) {
        if (read.size() != workload.files().size()) {
            return false;
        }
        for (int i = 0; i < read.size(); i++) {
            byte[] sent = workload.files().get(i).data();
            if (!Arrays.equals(Sha256.create().digest(read.get(i)), Sha256.create().digest(sent))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        session.close();
    }
}
