package io.flashdeck.core.format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sizes as users type them: plain bytes ("65536", "512B") or a number with a binary suffix
 * K, M, G or T ("128K", "4111K", "3G", "64m", "64MiB"), in any case.
 */
public final class SizeParser {

    private static final String UNITS = "KMGT";
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(?:([KMGT])(?:I?B)?|B)?");

    private SizeParser() {
    }

    /**
     * @return the size in bytes, greater than zero
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static long parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no size given");
        }
        Matcher m = SIZE.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size: use bytes or a number with K, M, G or T, "
                    + "such as 64M");
        }
        int shift = m.group(2) == null ? 0 : 10 * (UNITS.indexOf(m.group(2)) + 1);
        long number;
        try {
            number = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is too large", e);
        }
        if (number == 0) {
            throw new IllegalArgumentException("a size must be greater than zero, not \"" + text + "\"");
        }
        if (number > Long.MAX_VALUE >> shift) {
            throw new IllegalArgumentException("\"" + text + "\" is too large");
        }
        return number << shift;
    }
}
