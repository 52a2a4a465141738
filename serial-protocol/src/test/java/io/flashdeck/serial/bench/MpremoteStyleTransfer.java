package io.flashdeck.serial.bench;

import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.serial.device.DeviceSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: files moved the way mpremote's {@code fs cp} moves them (its {@code fs_writefile}
 * and {@code fs_readfile}), one raw-REPL exec per 256 payload bytes. Up, the file is opened with
 * {@code w=f.write} bound once, then each chunk goes as {@code w(b'...')} with the chunk
 * repr-encoded; down, {@code r=f.read} is bound and each chunk comes back as the printed
 * {@code repr(r(256))}, until an empty one. Two ways to run the execs: FlashDeck's own raw-REPL
 * client (the method's cost alone, with no client delays), or {@link MpremoteSerialModel} (the
 * method as mpremote's serial transport paces it).
 */
final class MpremoteStyleTransfer implements TransferMethod {

    /** mpremote's {@code chunk_size}. */
    static final int CHUNK = 256;
    /** Names of the baselines start so. */
    static final String NAME_PREFIX = "mpremote";

    /** Runs code on the device, returns what it printed, throws what it raised. */
    @FunctionalInterface
    interface Exec {
        byte[] run(String code) throws IOException;
    }

    /** What is left to do when a transfer is over, before anyone else talks to the device. */
    @FunctionalInterface
    interface Done {
        void run() throws IOException;
    }

    private final String name;
    private final Exec exec;
    private final Done done;
    private final String mount;

    private MpremoteStyleTransfer(String name, Exec exec, Done done, String mount) {
        this.name = name;
        this.exec = exec;
        this.done = done;
        this.mount = mount;
    }

    /** mpremote's method through FlashDeck's raw-REPL client: what the method itself costs. */
    static MpremoteStyleTransfer method(DeviceSession session, String mount) {
        return new MpremoteStyleTransfer(NAME_PREFIX + "-method", session::exec, () -> { }, mount);
    }

    /** mpremote's method with its serial transport's timing, on a device at the raw REPL's prompt. */
    static MpremoteStyleTransfer timed(MpremoteSerialModel model, String mount) {
        return new MpremoteStyleTransfer(NAME_PREFIX + "-timed", model::exec, model::release, mount);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void upload(Workload workload, VolumePath directory) throws IOException {
        for (Workload.Payload file : workload.files()) {
            byte[] data = file.data();
            exec.run("f=open(" + devicePath(directory, file) + ",'wb')\nw=f.write");
            for (int at = 0; at < data.length; at += CHUNK) {
                exec.run("w(" + PyBytesRepr.of(data, at, Math.min(CHUNK, data.length - at)) + ")");
            }
            exec.run("f.close()");
        }
        done.run();
    }

    @Override
    public List<byte[]> download(Workload workload, VolumePath directory) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (Workload.Payload file : workload.files()) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            exec.run("f=open(" + devicePath(directory, file) + ",'rb')\nr=f.read");
            for (byte[] chunk = readChunk(); chunk.length > 0; chunk = readChunk()) {
                content.writeBytes(chunk);
            }
            exec.run("f.close()");
            contents.add(content.toByteArray());
        }
        done.run();
        return contents;
    }

    private byte[] readChunk() throws IOException {
        String printed = new String(exec.run("print(repr(r(" + CHUNK + ")))"), StandardCharsets.ISO_8859_1);
        return PyBytesRepr.parse(printed.strip());
    }

    /** A str literal, as mpremote quotes paths; the benchmark's names are plain ASCII without quotes. */
    private String devicePath(VolumePath directory, Workload.Payload file) {
        return "'" + mount + directory.resolve(file.name()) + "'";
    }
}
