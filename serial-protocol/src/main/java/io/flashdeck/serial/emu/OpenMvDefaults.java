package io.flashdeck.serial.emu;

import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import io.flashdeck.serial.agent.AgentScript;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files OpenMV firmware writes on a fresh flash: {@code main.py}, {@code README.txt} and the
 * empty marker {@code .openmv_disk}. Their text is read from the agent's own {@code defaults}, so
 * a first run of the virtual camera and a factory reset through the agent write the same bytes.
 */
final class OpenMvDefaults {

    private static final Map<String, byte[]> FILES = load(AgentScript.get().code());

    private OpenMvDefaults() {
    }

    /** Writes the default files into the root of {@code volume}, replacing any of the same name. */
    static void write(Volume volume) throws IOException {
        for (Map.Entry<String, byte[]> file : FILES.entrySet()) {
            byte[] content = file.getValue();
            volume.write(VolumePath.of(file.getKey()), new ByteArrayInputStream(content), content.length,
                    WriteOptions.DEFAULT);
        }
    }

    private static Map<String, byte[]> load(String agentCode) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("main.py", assigned(agentCode, "main"));
        files.put("README.txt", assigned(agentCode, "readme"));
        files.put(".openmv_disk", new byte[0]);
        return files;
    }

    /** The string literal the agent's code assigns to {@code name} on a line of its own. */
    private static byte[] assigned(String code, String name) {
        String prefix = name + " = '";
        for (String line : code.split("\n")) {
            String statement = line.strip();
            if (statement.startsWith(prefix)) {
                try {
                    Object value = new PyLiteralReader(statement, prefix.length() - 1).literal();
                    return ((String) value).getBytes(StandardCharsets.UTF_8);
                } catch (PyException | ClassCastException e) {
                    break;
                }
            }
        }
        throw new IllegalStateException("the agent's code no longer assigns the default " + name
                + " text on one line; the virtual camera reads it from there");
    }
}
