package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.FileWrite;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.io.InputStream;

/**
 * One file of a batch, placed at the target. It counts as started in the progress when its
 * content starts flowing, not when its batch is sent, so the progress follows the file the link
 * is carrying.
 */
final class BatchFile {

    private final Endpoint source;
    private final FileEntry sourceEntry;
    private final FileCopy copy;
    private final Cancellation cancellation;
    private final SharedProgress progress;
    private SharedProgress.FileCounter counter;

    BatchFile(FileEntry sourceEntry, Endpoint source, FileCopy copy, Cancellation cancellation,
            SharedProgress progress) {
        this.source = source;
        this.sourceEntry = sourceEntry;
        this.copy = copy;
        this.cancellation = cancellation;
        this.progress = progress;
    }

    VolumePath sourcePath() {
        return source.path();
    }

    /** The file as a batch written to the target takes it: its content is read from the source when its turn comes. */
    FileWrite upload() {
        return new FileWrite(copy.target().path(), sourceEntry.size(), copy.options(bytes -> counter.accept(bytes)),
                () -> {
                    started();
                    return copy.content(source.volume().openRead(source.path()));
                });
    }

    /** Writes this file's content from a batch read from the source. */
    void download(InputStream content) throws IOException {
        started();
        copy.write(content, counter);
    }

    /** Written: the progress counts the whole file. */
    void finished() {
        counter.finished();
    }

    void verify() throws IOException {
        copy.verify();
    }

    private void started() throws CopyCancelledException {
        cancellation.check(); // an empty file reads nothing, so its stream would not notice
        counter = progress.started(sourceEntry);
    }
}
