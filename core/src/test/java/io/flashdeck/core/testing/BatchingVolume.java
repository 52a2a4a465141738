package io.flashdeck.core.testing;

import io.flashdeck.core.volume.BatchReader;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.FileWrite;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A real volume that says it moves several files per call, as a camera does, and records what a
 * copy asks of it: every batch written or read, and every stat, find, list and hash, in order.
 * The batches themselves run as {@link Volume}'s defaults do, file by file into the volume below.
 */
public final class BatchingVolume extends ForwardingVolume {

    /** One {@code writeAll} or {@code readAll} call: its files, in order, and their bytes. */
    public record Batch(boolean write, List<VolumePath> files, long bytes) {
    }

    private final int filesPerBatch;
    private final List<Batch> batches = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();

    public BatchingVolume(Volume delegate, int filesPerBatch) {
        super(delegate);
        this.filesPerBatch = filesPerBatch;
    }

    /** The batches written and read so far. */
    public List<Batch> batches() {
        return List.copyOf(batches);
    }

    /**
     * The calls so far, as {@code "stat /a"}, {@code "find /a"}, {@code "list /d"},
     * {@code "sha256 /a"}, {@code "writeAll /a /b"} and {@code "readAll /a /b"}.
     */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one kind ({@code "stat"}, {@code "list"}...), each with its paths. */
    public List<String> calls(String kind) {
        return calls.stream().filter(call -> call.startsWith(kind + " ")).toList();
    }

    /** Forgets the batches and calls recorded so far. */
    public void clear() {
        batches.clear();
        calls.clear();
    }

    @Override
    public int filesPerBatch() {
        return filesPerBatch;
    }

    @Override
    public FileEntry stat(VolumePath path) throws IOException {
        calls.add("stat " + path);
        return super.stat(path);
    }

    @Override
    public Optional<FileEntry> find(VolumePath path) throws IOException {
        calls.add("find " + path);
        return delegate.find(path);
    }

    @Override
    public List<FileEntry> list(VolumePath directory) throws IOException {
        calls.add("list " + directory);
        return super.list(directory);
    }

    @Override
    public byte[] sha256(VolumePath file) throws IOException {
        calls.add("sha256 " + file);
        return super.sha256(file);
    }

    @Override
    public void writeAll(List<FileWrite> files, IntConsumer written) throws IOException {
        List<VolumePath> paths = files.stream().map(FileWrite::path).toList();
        record(new Batch(true, paths, files.stream().mapToLong(FileWrite::length).sum()));
        super.writeAll(files, written);
    }

    @Override
    public void readAll(List<VolumePath> files, BatchReader reader) throws IOException {
        long bytes = 0;
        for (VolumePath file : files) {
            bytes += delegate.stat(file).size();
        }
        record(new Batch(false, List.copyOf(files), bytes));
        super.readAll(files, reader);
    }

    private void record(Batch batch) {
        batches.add(batch);
        StringBuilder call = new StringBuilder(batch.write() ? "writeAll" : "readAll");
        batch.files().forEach(file -> call.append(' ').append(file));
        calls.add(call.toString());
    }
}
