package io.flashdeck.serial.emu;

import io.flashdeck.serial.agent.DevicePaths;
import io.flashdeck.serial.agent.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The agent's calls that print what they find ({@code info}, {@code mounts}, {@code ls},
 * {@code st}, {@code sha}), in its exact text: space-separated fields, names in hex, times as
 * {@code YYYYMMDDhhmmss} or {@code -}.
 */
final class AgentQueries {

    /** Beyond this many entries the agent lists without a stat (and so without times) per entry. */
    private static final int TIMED_ENTRIES = 256;
    private static final byte[] OURS = ".fd".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private final AgentFiles files;
    private final Leftovers leftovers;
    private final CameraStorage storage;
    private final Console output;

    AgentQueries(AgentFiles files, Leftovers leftovers, CameraStorage storage, Console output) {
        this.files = files;
        this.leftovers = leftovers;
        this.storage = storage;
        this.output = output;
    }

    void info() {
        StringBuilder out = new StringBuilder();
        fact(out, "impl", "micropython");
        fact(out, "version", CameraIdentity.MICROPYTHON);
        fact(out, "machine", CameraIdentity.MACHINE);
        fact(out, "platform", CameraIdentity.PLATFORM);
        fact(out, "release", CameraIdentity.MICROPYTHON);
        fact(out, "board", CameraIdentity.MACHINE);
        fact(out, "firmware", CameraIdentity.FIRMWARE);
        fact(out, "board", CameraIdentity.BOARD);
        fact(out, "free", Long.toString(CameraIdentity.FREE_HEAP));
        output.text(out.toString());
    }

    void mounts() {
        StringBuilder out = new StringBuilder();
        for (Mount mount : storage.mounts()) {
            byte[] path = mount.path().getBytes(StandardCharsets.UTF_8);
            try {
                CameraOs.Usage usage = files.os().statvfs(path);
                out.append(HEX.formatHex(path)).append(" VfsFat ").append(usage.blockSize()).append(' ')
                        .append(usage.blockSize()).append(' ').append(usage.blocks()).append(' ').append(usage.free())
                        .append(' ').append(usage.free()).append('\n');
            } catch (PyException e) {
                // as the agent: a mount without statvfs is not listed
            }
        }
        output.text(out.toString());
    }

    void ls(byte[] path) throws PyException {
        String kind = files.kind(path);
        if (!"d".equals(kind)) {
            throw PyException.agent(kind != null ? "ENOTDIR" : "ENOENT");
        }
        List<CameraOs.Item> items = files.os().ilistdir(path);
        if (items.stream().anyMatch(item -> AgentFiles.startsWith(item.name(), OURS))) {
            leftovers.tidy(path);
            items = files.os().ilistdir(path);
        }
        boolean timed = items.size() <= TIMED_ENTRIES;
        StringBuilder out = new StringBuilder();
        for (CameraOs.Item item : items) {
            CameraOs.Stat stat = null;
            if (timed) {
                try {
                    stat = files.os().stat(DevicePaths.join(path, item.name()));
                } catch (PyException e) {
                    // listed but not found again by name: shown without a time
                }
            }
            if (stat != null) {
                line(out, stat);
            } else {
                out.append(item.directory() ? "d 0 - " : "f " + item.size() + " - ");
            }
            out.append(HEX.formatHex(item.name())).append('\n');
        }
        output.text(out.toString());
    }

    void st(byte[] path) throws PyException {
        CameraOs.Stat stat;
        try {
            stat = files.os().stat(path);
        } catch (PyException e) {
            throw PyException.agent("ENOENT");
        }
        StringBuilder out = new StringBuilder();
        line(out, stat);
        output.text(out.append('\n').toString());
    }

    void sha(byte[] path) throws PyException {
        String kind = files.kind(path);
        if (!"f".equals(kind)) {
            throw PyException.agent(kind != null ? "EISDIR" : "ENOENT");
        }
        MessageDigest digest = Sha256.create();
        byte[] buffer = new byte[4096];
        try (InputStream in = files.os().openRead(path)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw OsErrors.of(e, "EIO");
        }
        output.text(HEX.formatHex(digest.digest()) + "\n");
    }

    /** The agent's {@code line}: type, size and time, then a space (the name or the line end follows). */
    private static void line(StringBuilder out, CameraOs.Stat stat) {
        out.append(stat.directory() ? "d 0 " : "f " + stat.size() + " ").append(when(stat.modified())).append(' ');
    }

    private static String when(LocalDateTime t) {
        if (t == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%04d%02d%02d%02d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
    }

    private static void fact(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(value.replace('\n', ' ')).append('\n');
    }
}
