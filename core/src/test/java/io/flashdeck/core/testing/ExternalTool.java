package io.flashdeck.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real peers the tests compare against (mtools, dosfstools, sfdisk). A missing tool
 * fails the test with the package to install: a peer that is not there must never pass silently.
 */
public final class ExternalTool {

    private static final long TIMEOUT_SECONDS = 120;

    private ExternalTool() {
    }

    /** The outcome of one run. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        /** Throws with everything the tool printed unless it exited 0. */
        public Result requireSuccess() {
            if (exitCode != 0) {
                throw new AssertionError(transcript());
            }
            return this;
        }

        /** Output lines of both streams, without blank ones. */
        public List<String> lines() {
            return (stdout + "\n" + stderr).lines().filter(line -> !line.isBlank()).toList();
        }

        /** Everything, for assertion messages. */
        public String transcript() {
            return String.join(" ", command) + " exited " + exitCode + "\n--- stdout\n" + stdout
                    + "\n--- stderr\n" + stderr;
        }
    }

    /** Runs {@code command} with a UTF-8 locale and mtools' geometry check off. */
    public static Result run(List<String> command) {
        return run(command, null, Map.of());
    }

    /** Runs {@code command}, feeding it {@code stdin} (may be null), with extra environment variables. */
    public static Result run(List<String> command, byte[] stdin, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("LC_ALL", "C.UTF-8");
        env.put("LANG", "C.UTF-8");
        env.put("MTOOLS_SKIP_CHECK", "1");
        env.putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0)
                    + " (install the Debian packages mtools dosfstools fdisk): " + e.getMessage(), e);
        }
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        } catch (IOException e) {
            // The tool may exit without reading its input; its exit code tells the story.
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in "
                        + TIMEOUT_SECONDS + " s");
            }
            return new Result(List.copyOf(command), process.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted while running " + command.get(0), e);
        }
    }

    public static Result run(String... command) {
        return run(new ArrayList<>(List.of(command)));
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<unreadable: " + e.getMessage() + ">";
            }
        });
    }
}
