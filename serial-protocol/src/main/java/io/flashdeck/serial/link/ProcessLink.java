package io.flashdeck.serial.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process's stdin and stdout as a link, for example the virtual camera
 * ({@code flashdeck emulate --stdio}) or MicroPython run by Node. Its stderr is drained to the
 * log, and its last lines explain the end of the link when the process exits.
 */
public final class ProcessLink extends QueuedLink {

    private static final System.Logger LOG = System.getLogger(ProcessLink.class.getName());
    private static final int STDERR_LINES_KEPT = 8;

    private final Process process;
    private final OutputStream stdin;
    private final Deque<String> lastErrorLines = new ArrayDeque<>();
    private final Thread errorDrain;

    private ProcessLink(String name, Process process) {
        super(name, new ByteQueue(INCOMING_CAPACITY));
        this.process = process;
        this.stdin = process.getOutputStream();
        errorDrain = new Thread(this::drainErrorOutput, "link-err " + name);
        errorDrain.setDaemon(true);
        errorDrain.start();
        InputStream stdout = process.getInputStream();
        InputPump.start("link-in " + name, stdout::read, incoming, this::endReason);
    }

    public static ProcessLink start(List<String> command) throws IOException {
        return start(new ProcessBuilder(command));
    }

    /** Starts the process; its stdin and stdout become the link, whatever the builder said. */
    public static ProcessLink start(ProcessBuilder builder) throws IOException {
        builder.redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        return new ProcessLink(String.join(" ", builder.command()), builder.start());
    }

    /** The child process, for its exit code or to end it from outside. */
    public Process process() {
        return process;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        if (incoming.endReason() != null) {
            throw new LinkClosedException(incoming.endReason());
        }
        try {
            stdin.write(buffer, offset, length);
            stdin.flush();
        } catch (IOException e) {
            throw new LinkClosedException(endReason(), e);
        }
    }

    @Override
    public void close() {
        incoming.end("link to `" + name() + "` is closed");
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String endReason() {
        String what;
        try {
            // The output ends a moment before the exit code is there to be read.
            what = process.waitFor(500, TimeUnit.MILLISECONDS)
                    ? "exited with code " + process.exitValue()
                    : "closed its output";
            errorDrain.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            what = "closed its output";
        }
        String message = "process `" + name() + "` " + what;
        synchronized (lastErrorLines) {
            return lastErrorLines.isEmpty() ? message
                    : message + "; its last error output:\n  " + String.join("\n  ", lastErrorLines);
        }
    }

    private void drainErrorOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                LOG.log(System.Logger.Level.DEBUG, "{0}: {1}", name(), line);
                synchronized (lastErrorLines) {
                    if (lastErrorLines.size() == STDERR_LINES_KEPT) {
                        lastErrorLines.removeFirst();
                    }
                    lastErrorLines.addLast(line);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "error output of {0} ended: {1}", name(), e.getMessage());
        }
    }
}
