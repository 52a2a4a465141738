package io.flashdeck.serial.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The agent's Python source ({@code fdagent.py}), made small for pasting: comment lines and
 * blank lines dropped, each four-space indent level shrunk to one space. The version is a hash
 * of what is pasted, so a device running an older agent gets the new one. Public for the virtual
 * camera, which recognises this exact code when it is pasted.
 */
public final class AgentScript {

    /** Prints the version of the agent in the device's RAM, or {@code -} when there is none. */
    public static final String VERSION_PROBE = "try:\n print(_fdagent.V)\nexcept NameError:\n print('-')";

    private static final String RESOURCE = "fdagent.py";
    private static final AgentScript INSTANCE = load();

    private final String code;
    private final String version;

    private AgentScript(String code, String version) {
        this.code = code;
        this.version = version;
    }

    public static AgentScript get() {
        return INSTANCE;
    }

    /** The code to paste; it defines {@code _fdagent}. */
    public String code() {
        return code;
    }

    /** What the host pastes: the code, then the version it stamps on the object. */
    public String paste() {
        return code + "_fdagent.V = '" + version + "'\n";
    }

    /** Twelve hex digits naming this code. */
    public String version() {
        return version;
    }

    static String minify(String source) {
        StringBuilder out = new StringBuilder(source.length());
        for (String line : source.split("\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            out.append(" ".repeat(spaces / 4)).append(line.substring(spaces).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static AgentScript load() {
        try (InputStream in = AgentScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the agent resource " + RESOURCE + " is missing from the build");
            }
            String code = minify(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return new AgentScript(code, HexFormat.of().formatHex(hash, 0, 6));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
