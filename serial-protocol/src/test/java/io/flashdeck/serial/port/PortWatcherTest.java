package io.flashdeck.serial.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PortWatcherTest {

    private static final PortInfo CAM = new PortInfo("/dev/ttyACM0", "OpenMV", 0x37C5, 0x1204, "1");
    private static final PortInfo PICO = new PortInfo("/dev/ttyACM1", "Pico", 0x2E8A, 0x0005, "2");
    private static final PortInfo OTHER_CAM_SAME_PATH = new PortInfo("/dev/ttyACM0", "OpenMV", 0x37C5, 0x124A, "3");

    /** Records calls as "+path pid" and "-path pid". */
    private static final class Recorder implements PortListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void plugged(PortInfo port) {
            events.add("+" + port.path() + " " + Integer.toHexString(port.productId()));
        }

        @Override
        public void unplugged(PortInfo port) {
            events.add("-" + port.path() + " " + Integer.toHexString(port.productId()));
        }
    }

    @Test
    void diffsScans() {
        PortChanges changes = PortChanges.between(List.of(CAM, PICO), List.of(PICO, OTHER_CAM_SAME_PATH));

        assertThat(changes.added()).containsExactly(OTHER_CAM_SAME_PATH);
        assertThat(changes.removed()).containsExactly(CAM);
        assertThat(PortChanges.between(List.of(CAM, PICO), List.of(PICO, CAM)).isEmpty()).isTrue();
    }

    @Test
    void reportsPresentPortsFirstThenPlugsAndUnplugs() {
        List<List<PortInfo>> scans = new ArrayList<>(List.of(List.of(CAM), List.of(CAM, PICO), List.of(PICO),
                List.of(PICO, OTHER_CAM_SAME_PATH), List.of(PICO, OTHER_CAM_SAME_PATH)));
        Recorder recorder = new Recorder();
        PortWatcher watcher = PortWatcher.manual(() -> scans.remove(0), recorder);

        for (int i = 0; i < 5; i++) {
            watcher.poll();
        }

        assertThat(recorder.events).containsExactly("+/dev/ttyACM0 1204", "+/dev/ttyACM1 5", "-/dev/ttyACM0 1204",
                "+/dev/ttyACM0 124a");
        assertThat(watcher.ports()).containsExactly(PICO, OTHER_CAM_SAME_PATH);
    }

    @Test
    void pollsOnItsOwnThreadUntilClosed() throws InterruptedException {
        AtomicReference<List<PortInfo>> present = new AtomicReference<>(List.of());
        Recorder recorder = new Recorder();
        PortWatcher watcher = PortWatcher.start(present::get, Duration.ofMillis(10), recorder);

        present.set(List.of(CAM));
        waitFor(() -> recorder.events.size() == 1);
        present.set(List.of());
        waitFor(() -> recorder.events.size() == 2);
        watcher.close();
        present.set(List.of(PICO));
        Thread.sleep(100);

        assertThat(recorder.events).containsExactly("+/dev/ttyACM0 1204", "-/dev/ttyACM0 1204");
    }

    @Test
    void aFailingScanDoesNotStopTheWatcher() throws InterruptedException {
        AtomicReference<Boolean> failing = new AtomicReference<>(true);
        Recorder recorder = new Recorder();
        try (PortWatcher watcher = PortWatcher.start(() -> {
            if (failing.get()) {
                throw new IllegalStateException("enumeration failed");
            }
            return List.of(CAM);
        }, Duration.ofMillis(10), recorder)) {
            Thread.sleep(50);
            failing.set(false);
            waitFor(() -> recorder.events.size() == 1);
        }
        assertThat(recorder.events).containsExactly("+/dev/ttyACM0 1204");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition met within 5 s").isTrue();
    }
}
