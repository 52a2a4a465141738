package io.flashdeck.core.format;

import java.util.Locale;

/**
 * Reads sizes as users type them: plain bytes ("65536") or a number with a binary suffix K, M, G
 * or T ("128K", "4111K", "3G", "64m"); an optional trailing "B" or "iB" is allowed ("64MiB").
 */
public final class SizeParser {

    private static final String UNITS = "KMGT";

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
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.endsWith("IB")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("B") && s.length() > 1 && UNITS.indexOf(s.charAt(s.length() - 2)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        int shift = 0;
        if (!s.isEmpty() && UNITS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            shift = 10 * (UNITS.indexOf(s.charAt(s.length() - 1)) + 1);
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size: use bytes or a number with K, M, G or T, "
                    + "such as 64M");
        }
        long number;
        try {
            number = Long.parseLong(s);
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
