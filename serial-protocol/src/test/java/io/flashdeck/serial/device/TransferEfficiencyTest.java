package io.flashdeck.serial.device;

import static io.flashdeck.serial.device.DeviceVolumeContract.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.agent.TransferTuning;
import io.flashdeck.serial.testing.CountingLink;
import io.flashdeck.serial.testing.MicroPythonPeer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bytes on the wire per payload byte for binary data (a property of the protocol, asserted), and
 * for the record the throughput against real MicroPython (timings vary with the machine, so they
 * are printed, not asserted). {@code bench/camera-bench.sh} measures the rest: small files, the
 * mpremote-style baselines and a link paced at USB full speed.
 */
class TransferEfficiencyTest {

    private static final int MIB = 1024 * 1024;

    @Test
    void movesAMebibyteWithLessThanFivePercentOverhead() throws IOException {
        byte[] data = randomMebibyte();
        CountingLink counting = new CountingLink(MicroPythonPeer.start());
        try (DeviceSession session = DeviceSession.open(counting, MicroPythonPeer.settings())) {
            for (TransferTuning tuning : new TransferTuning[] {session.tuning(), new TransferTuning(2048, 448, 2)}) {
                session.setTuning(tuning);
                DeviceVolume flash = session.volume("/flash");

                long before = counting.total();
                long start = System.nanoTime();
                flash.write(path("/one.bin"), new ByteArrayInputStream(data), data.length, WriteOptions.DEFAULT);
                double up = rate(data.length, start);
                double upRatio = (counting.total() - before) / (double) data.length;

                before = counting.total();
                start = System.nanoTime();
                byte[] back;
                try (InputStream in = flash.openRead(path("/one.bin"))) {
                    back = in.readAllBytes();
                }
                double down = rate(data.length, start);
                double downRatio = (counting.total() - before) / (double) data.length;

                assertThat(back).isEqualTo(data);
                assertThat(upRatio).as("wire bytes per payload byte, upload").isLessThan(1.05);
                assertThat(downRatio).as("wire bytes per payload byte, download").isLessThan(1.05);
                System.out.printf(Locale.ROOT, "window %d, early %d: upload %.0f KB/s (%.4f wire/payload),"
                        + " download %.0f KB/s (%.4f wire/payload)%n", tuning.window(), tuning.early(), up / 1000,
                        upRatio, down / 1000, downRatio);
            }
        }
    }

    private static byte[] randomMebibyte() {
        byte[] data = new byte[MIB];
        new Random(11).nextBytes(data);
        return data;
    }

    private static double rate(long bytes, long startNanos) {
        return bytes / ((System.nanoTime() - startNanos) / 1e9);
    }
}
