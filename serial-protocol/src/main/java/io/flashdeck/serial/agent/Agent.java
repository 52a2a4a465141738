package io.flashdeck.serial.agent;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.volume.BatchReader;
import io.flashdeck.serial.link.Link;
import io.flashdeck.serial.repl.DeviceException;
import io.flashdeck.serial.repl.RawRepl;
import java.io.IOException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The host's handle on the agent in a device's RAM: each method is one short exec of a call
 * such as {@code _fdagent.ls(b'/flash')}, with every path passed as a bytes literal. Paths are
 * the device's own bytes; messages show them by the display rule. One thread at a time (the
 * device session serialises).
 */
public final class Agent {

    /** Long enough for formatting, recursive deletes and hashing large files on a slow card. */
    private static final Duration SLOW_CALL = Duration.ofMinutes(5);
    private static final String SELF = "_fdagent";

    private final RawRepl repl;
    private final DeviceInfo info;
    private final boolean pasted;
    private TransferTuning tuning;

    private Agent(RawRepl repl, DeviceInfo info, boolean pasted) {
        this.repl = repl;
        this.info = info;
        this.pasted = pasted;
    }

    /**
     * Ends whatever transfer a previous connection left the agent waiting in: Ctrl-C bytes, more
     * than one frame's worth, complete the read it is blocked in and then fail its next check.
     * Anywhere else they clear a line or interrupt. Send before entering the raw REPL.
     */
    public static void releaseAbandonedTransfer(Link link) throws IOException {
        byte[] filler = new byte[Wire.FRAME + 64];
        Arrays.fill(filler, (byte) 0x03);
        link.write(filler);
    }

    /** The agent of a device in the raw REPL: pasted unless this version is already in its RAM. */
    public static Agent attach(RawRepl repl) throws IOException {
        AgentScript script = AgentScript.get();
        String running = text(repl.exec(AgentScript.VERSION_PROBE)).strip();
        boolean paste = !running.equals(script.version());
        if (paste) {
            repl.exec(script.paste());
        }
        Agent agent = new Agent(repl, readInfo(repl), paste);
        agent.setTuning(TransferTuning.forDevice(agent.info));
        return agent;
    }

    /** True when this connection had to paste the agent (it was not in RAM yet). */
    public boolean pasted() {
        return pasted;
    }

    public DeviceInfo info() {
        return info;
    }

    public TransferTuning tuning() {
        return tuning;
    }

    /** Sets the windows on the device too (an agent left in RAM may hold another connection's). */
    public void setTuning(TransferTuning tuning) throws IOException {
        call("/", "t(" + tuning.window() + "," + tuning.early() + ")");
        this.tuning = tuning;
    }

    public RawRepl repl() {
        return repl;
    }

    public List<MountInfo> mounts() throws IOException {
        return Replies.mounts(call("/", "mounts()"));
    }

    public List<RawEntry> list(byte[] directory) throws IOException {
        return Replies.entries(call(directory, "ls(" + PyLiteral.bytes(directory) + ")"));
    }

    public RawEntry stat(byte[] path) throws IOException {
        return Replies.stat(path, call(path, "st(" + PyLiteral.bytes(path) + ")"));
    }

    public void mkdir(byte[] path) throws IOException {
        call(path, "mk(" + PyLiteral.bytes(path) + ")");
    }

    /** Removes a file, an empty directory, or with {@code recursive} a whole tree. */
    public void remove(byte[] path, boolean recursive) throws IOException {
        slowCall(path, "rm(" + PyLiteral.bytes(path) + "," + PyLiteral.bool(recursive) + ")");
    }

    /** Renames within one volume; the target must not exist (a change of case alone is allowed). */
    public void rename(byte[] from, byte[] to) throws IOException {
        try {
            repl.exec(SELF + ".mv(" + PyLiteral.bytes(from) + "," + PyLiteral.bytes(to) + ")");
        } catch (DeviceException e) {
            throw AgentErrors.map(e, display(from), display(to), info.isWebAssembly());
        }
    }

    public byte[] sha256(byte[] path) throws IOException {
        return Replies.hex(slowCall(path, "sha(" + PyLiteral.bytes(path) + ")").strip());
    }

    public void sync() throws IOException {
        call("/", "sync()");
    }

    /** Finishes or cleans up after transfers that died, in every mount's root (other directories are tidied when listed). */
    public void tidy() throws IOException {
        call("/", "tidyall()");
    }

    /** Formats a mount with FAT; with {@code defaults}, writes OpenMV's default files (a factory reset). */
    public void format(String mount, boolean defaults) throws IOException {
        byte[] path = mount.getBytes(StandardCharsets.UTF_8);
        slowCall(path, "fmt(" + PyLiteral.bytes(path) + "," + PyLiteral.bool(defaults) + ")");
    }

    /**
     * Writes {@code length} bytes of {@code content} to {@code path}, replacing any file there only
     * once the whole content has arrived and its SHA-256 matches. The stream is left open.
     */
    public void upload(byte[] path, InputStream content, long length, LongConsumer progress) throws IOException {
        InputStream unclosed = new FilterInputStream(content) {
            @Override
            public void close() {
                // the caller's stream: the caller closes it
            }
        };
        uploadAll(List.of(new UploadItem(path, length, () -> unclosed, progress)), index -> { });
    }

    /**
     * Uploads several files in one call, as {@link #upload} each, telling {@code placed} each
     * one's index once it is in place. Stops at the first failure and throws it: the files before
     * it are in place, that one and the later ones untouched.
     */
    public void uploadAll(List<UploadItem> items, IntConsumer placed) throws IOException {
        if (!items.isEmpty()) {
            List<String> displays = items.stream().map(item -> display(item.path())).toList();
            BatchUpload.run(repl, tuning, items, displays, index -> errors(items.get(index).path()), placed);
        }
    }

    /** Starts reading {@code path} from {@code offset}; the device is busy until the download ends or stops. */
    public Download download(byte[] path, long offset) throws IOException {
        String from = offset > 0 ? "," + PyLiteral.integer(offset) : "";
        String call = SELF + ".g(" + PyLiteral.bytes(path) + from + ")";
        return Download.start(repl, call, display(path), offset, tuning, errors(path));
    }

    /**
     * Reads several files, handing each one's content to {@code reader} in order, with as few
     * calls as the window allows for their paths. Stops at the first failure and throws it.
     */
    public void downloadAll(List<byte[]> paths, BatchReader reader) throws IOException {
        int from = 0;
        while (from < paths.size()) {
            int to = from;
            int listed = 0;
            while (to < paths.size() && listed + BatchDownload.listLength(paths.get(to)) <= tuning.window()) {
                listed += BatchDownload.listLength(paths.get(to++));
            }
            if (to == from) {
                throw new FileSystemException(display(paths.get(from)), null, "the path is too long to send to the device");
            }
            List<byte[]> batch = paths.subList(from, to);
            int offset = from;
            BatchDownload.run(repl, tuning, batch, batch.stream().map(Agent::display).toList(),
                    index -> errors(batch.get(index)), (index, content) -> reader.read(offset + index, content));
            from = to;
        }
    }

    private String call(String where, String function) throws IOException {
        return call(where.getBytes(StandardCharsets.UTF_8), function);
    }

    private String call(byte[] path, String function) throws IOException {
        try {
            return text(repl.exec(SELF + "." + function));
        } catch (DeviceException e) {
            throw errors(path).map(e);
        }
    }

    private String slowCall(byte[] path, String function) throws IOException {
        var result = repl.start(SELF + "." + function).finish(SLOW_CALL);
        errors(path).check(result);
        return result.stdoutText();
    }

    private DeviceErrors errors(byte[] path) {
        return e -> AgentErrors.map(e, display(path), null, info.isWebAssembly());
    }

    private static DeviceInfo readInfo(RawRepl repl) throws IOException {
        Map<String, String> facts = new HashMap<>();
        for (String line : Replies.lines(text(repl.exec(SELF + ".info()")))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new DeviceInfo(facts);
    }

    private static String display(byte[] path) {
        return DisplayNames.fromBytes(path);
    }

    private static String text(byte[] output) {
        return new String(output, StandardCharsets.UTF_8);
    }
}
