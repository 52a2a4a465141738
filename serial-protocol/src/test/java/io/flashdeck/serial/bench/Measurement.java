package io.flashdeck.serial.bench;

import java.util.Comparator;
import java.util.List;

/**
 * One timed transfer: how long it took, the payload it moved, the bytes that crossed the link
 * both ways, and the host's turnarounds (see {@link io.flashdeck.serial.testing.CountingLink#turnarounds()}).
 */
record Measurement(double seconds, long payloadBytes, long wireBytes, long turnarounds) {

    /** Payload bytes per second. */
    double rate() {
        return payloadBytes / seconds;
    }

    /** Bytes on the wire, both directions, per payload byte. */
    double wireRatio() {
        return wireBytes / (double) payloadBytes;
    }

    /** The fastest of several rounds: on a shared machine the others measure the neighbours. */
    static Measurement best(List<Measurement> rounds) {
        return rounds.stream().min(Comparator.comparingDouble(Measurement::seconds)).orElseThrow();
    }
}
