package io.flashdeck.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.VolumePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a copy's progress as {@code "start /a"} and {@code "finish /a"} events, checking as it
 * goes that a file finishes right after it started and that the overall count only grows.
 */
final class ProgressLog implements TransferProgress {

    private final List<String> events = new ArrayList<>();
    private long overall;
    private long total;

    @Override
    public void fileStarted(VolumePath source, long size) {
        events.add("start " + source);
    }

    @Override
    public void advanced(long fileBytes, long overallBytes, long totalBytes) {
        assertThat(overallBytes).isGreaterThanOrEqualTo(overall).isLessThanOrEqualTo(totalBytes);
        overall = overallBytes;
        total = totalBytes;
    }

    @Override
    public void fileFinished(VolumePath source) {
        assertThat(events.get(events.size() - 1)).isEqualTo("start " + source);
        events.add("finish " + source);
    }

    List<String> events() {
        return events;
    }

    /** The overall count last reported. */
    long overall() {
        return overall;
    }

    /** The total last reported. */
    long total() {
        return total;
    }
}
