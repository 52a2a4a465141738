package io.flashdeck.serial.bench;

import io.flashdeck.serial.agent.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The files of one benchmark case, with seeded random contents: random bytes because that is
 * binary data at its least compressible, and because the WebAssembly bridge flushes its output
 * at every byte up to 0x04, which would make zero-filled downloads measure the bridge.
 */
record Workload(String name, List<Payload> files) {

    /** One file: its name in the case's directory and its contents. */
    record Payload(String name, byte[] data) {
    }

    /** A single file of {@code size} bytes. */
    static Workload oneFile(String name, int size, long seed) {
        return new Workload(name, List.of(new Payload("one.bin", random(new Random(seed), size))));
    }

    /** {@code count} files of {@code min} to {@code max} bytes each, evenly spread. */
    static Workload smallFiles(String name, int count, int min, int max, long seed) {
        Random random = new Random(seed);
        List<Payload> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int size = min + random.nextInt(max - min + 1);
            files.add(new Payload(String.format("f%04d.bin", i), random(random, size)));
        }
        return new Workload(name, files);
    }

    /** Payload bytes over all files. */
    long bytes() {
        return files.stream().mapToLong(file -> file.data().length).sum();
    }

    private static byte[] random(Random random, int size) {
        byte[] data = new byte[size];
        random.nextBytes(data);
        return data;
    }
}
