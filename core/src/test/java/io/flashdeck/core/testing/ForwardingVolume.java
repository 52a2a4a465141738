package io.flashdeck.core.testing;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Passes every call to a real volume; tests override the calls they want to disturb. */
public class ForwardingVolume implements Volume {

    protected final Volume delegate;

    public ForwardingVolume(Volume delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public boolean isReadOnly() {
        return delegate.isReadOnly();
    }

    @Override
    public FileEntry stat(VolumePath path) throws IOException {
        return delegate.stat(path);
    }

    @Override
    public List<FileEntry> list(VolumePath directory) throws IOException {
        return delegate.list(directory);
    }

    @Override
    public InputStream openRead(VolumePath file) throws IOException {
        return delegate.openRead(file);
    }

    @Override
    public void write(VolumePath file, InputStream content, long length, WriteOptions options) throws IOException {
        delegate.write(file, content, length, options);
    }

    @Override
    public void mkdir(VolumePath directory) throws IOException {
        delegate.mkdir(directory);
    }

    @Override
    public void delete(VolumePath path) throws IOException {
        delegate.delete(path);
    }

    @Override
    public void rename(VolumePath from, VolumePath to) throws IOException {
        delegate.rename(from, to);
    }

    @Override
    public SpaceInfo space() throws IOException {
        return delegate.space();
    }

    @Override
    public byte[] sha256(VolumePath file) throws IOException {
        return delegate.sha256(file);
    }

    @Override
    public void flush() throws IOException {
        delegate.flush();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
