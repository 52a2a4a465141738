package io.flashdeck.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** util-linux sfdisk as a test peer: writes partition tables into image files and reads them back. */
public final class Sfdisk {

    private static final Pattern ENTRY = Pattern.compile(
            ".*?(\\d+) : start=\\s*(\\d+), size=\\s*(\\d+), type=([0-9A-Fa-f-]+)(?:, uuid=[0-9A-F-]+)?(?:, name=\"(.*)\")?.*");

    /** In the C locale sfdisk escapes non-ASCII name bytes as \xHH, which {@link #unescape} expects. */
    private static final Map<String, String> C_LOCALE = Map.of("LC_ALL", "C");

    private Sfdisk() {
    }

    /** One partition as sfdisk reports it. */
    public record Entry(int index, long start, long size, String type, String name) {
    }

    /**
     * Applies an sfdisk script; lines after the header may name partitions as
     * {@code <image><n> : start=..., size=..., type=...}, which is how logical partitions are made.
     */
    public static void apply(Path image, String script) {
        ExternalTool.Result result = ExternalTool.run(List.of("sfdisk", "-q", "--no-reread", "--no-tell-kernel",
                image.toString()), script.replace("IMAGE", image.toString()).getBytes(StandardCharsets.UTF_8), C_LOCALE);
        assertThat(result.exitCode()).as(result.transcript()).isZero();
    }

    /** The partitions as sfdisk reads them from the image. */
    public static List<Entry> dump(Path image) {
        ExternalTool.Result result = ExternalTool.run(List.of("sfdisk", "-d", image.toString()), null, C_LOCALE);
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        List<Entry> entries = new ArrayList<>();
        for (String line : result.lines()) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                entries.add(new Entry(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)),
                        Long.parseLong(m.group(3)), m.group(4), m.group(5) == null ? null : unescape(m.group(5))));
            }
        }
        return entries;
    }

    /** sfdisk prints non-ASCII name bytes as \xHH; the bytes are UTF-8. */
    private static String unescape(String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < name.length(); i++) {
            if (name.startsWith("\\x", i) && i + 4 <= name.length()) {
                bytes.write(Integer.parseInt(name.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                bytes.write(name.charAt(i));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
