package io.flashdeck.app.editor;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A text file opened for editing on a volume (an image, a camera mount, the host). It remembers
 * the SHA-256 of the content it last read or wrote, so that a save can tell whether something
 * else changed the file meanwhile: a script on the camera, another program, the other pane. The
 * camera's agent hashes on the device, so the check costs a few bytes over the link, not the file.
 * Used on worker threads, one call at a time.
 */
public final class EditedFile {

    private final Volume volume;
    private final VolumePath path;
    private TextFormat format = TextFormat.PLAIN;
    private byte[] sha256;

    public EditedFile(Volume volume, VolumePath path) {
        this.volume = volume;
        this.path = path;
    }

    public Volume volume() {
        return volume;
    }

    public VolumePath path() {
        return path;
    }

    /** Reads and decodes the file; refuses binary and oversized files with a {@link NotTextException}. */
    public synchronized String load() throws IOException {
        FileEntry entry = volume.stat(path);
        TextCodec.checkSize(entry.size());
        byte[] bytes;
        try (InputStream in = volume.openRead(path)) {
            // The size was checked, but the file may have grown since: never read past the limit.
            bytes = in.readNBytes(TextCodec.MAX_BYTES + 1);
        }
        DecodedText decoded = TextCodec.decode(bytes);
        format = decoded.format();
        sha256 = digest(bytes);
        return decoded.text();
    }

    /** True when the file on the volume is no longer what was last loaded or saved, or is gone. */
    public synchronized boolean changedMeanwhile() throws IOException {
        try {
            return !Arrays.equals(sha256, volume.sha256(path));
        } catch (NoSuchFileException gone) {
            return true;
        }
    }

    /**
     * Writes {@code text} back in the file's own format (line endings, byte order mark). The
     * volume writes atomically: until the new content is complete, the file keeps the old one.
     */
    public synchronized void save(String text) throws IOException {
        byte[] bytes = TextCodec.encode(text, format);
        volume.write(path, new ByteArrayInputStream(bytes), bytes.length, WriteOptions.DEFAULT);
        volume.flush();
        sha256 = digest(bytes);
    }

    public synchronized TextFormat format() {
        return format;
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
