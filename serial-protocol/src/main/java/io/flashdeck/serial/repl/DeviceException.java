package io.flashdeck.serial.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code run on the device raised an exception. Carries the traceback as the device printed it,
 * the exception's type name (such as {@code OSError}) and what the code printed before.
 */
public class DeviceException extends IOException {

    /** The last traceback line: {@code Type} or {@code Type: message}, the type possibly dotted. */
    private static final Pattern LAST_LINE = Pattern.compile("^([A-Za-z_][\\w.]*)(?::\\s?(.*))?$");
    private static final Pattern ERRNO = Pattern.compile("^\\[Errno (\\d+)]|^(\\d+)$");

    private final String exceptionType;
    private final String detail;
    private final String traceback;
    private final byte[] stdout;

    public DeviceException(String traceback, byte[] stdout) {
        this(lastLine(traceback), traceback, stdout);
    }

    private DeviceException(String lastLine, String traceback, byte[] stdout) {
        super(lastLine.isEmpty() ? "the device reported an error without a traceback" : lastLine);
        Matcher m = LAST_LINE.matcher(lastLine);
        boolean typed = m.matches();
        this.exceptionType = typed ? m.group(1) : "";
        this.detail = typed ? (m.group(2) == null ? "" : m.group(2)) : lastLine;
        this.traceback = traceback;
        this.stdout = stdout.clone();
    }

    static DeviceException fromStderr(byte[] stderr, byte[] stdout) {
        return new DeviceException(new String(stderr, StandardCharsets.UTF_8), stdout);
    }

    /** The exception's class name as the device printed it, e.g. {@code OSError}; empty if unknown. */
    public String exceptionType() {
        return exceptionType;
    }

    /** The text after the type, e.g. {@code [Errno 2] ENOENT}. */
    public String detail() {
        return detail;
    }

    /** The whole traceback, lines ending in {@code \r\n} as the device sent them. */
    public String traceback() {
        return traceback;
    }

    /** What the code printed before it failed. */
    public byte[] stdout() {
        return stdout.clone();
    }

    /** The errno of an {@code OSError} ({@code [Errno 2] ENOENT} on ports with error names, {@code 2} on others). */
    public OptionalInt errno() {
        if (!exceptionType.equals("OSError")) {
            return OptionalInt.empty();
        }
        Matcher m = ERRNO.matcher(detail.strip());
        if (!m.find()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }

    private static String lastLine(String traceback) {
        String[] lines = traceback.strip().split("\r?\n");
        return lines[lines.length - 1].strip();
    }
}
