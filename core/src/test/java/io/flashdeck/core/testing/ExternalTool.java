package io.flashdeck.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
                throw new AssertionError(describe());
            }
            return this;
        }

        public String describe() {
            return String.join(" ", command) + " exited " + exitCode + "\n--- stdout\n" + stdout
                    + "\n--- stderr\n" + stderr;
        }
    }

    /** Runs {@code command} with a UTF-8 locale and mtools' geometry check off. */
    public static Result run(List<String> command) {
        return run(command, null);
    }

    public static Result run(List<String> command, Path workingDirectory) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        Map<String, String> env = builder.environment();
        env.put("LC_ALL", "C.UTF-8");
        env.put("LANG", "C.UTF-8");
        env.put("MTOOLS_SKIP_CHECK", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0)
                    + " (install the Debian packages mtools dosfstools fdisk): " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in "
                        + TIMEOUT_SECONDS + " s");
            }
            return new Result(List.copyOf(command), process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new AssertionError("lost contact with " + command.get(0), e);
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
