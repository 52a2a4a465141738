package io.flashdeck.serial.emu;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the friendly REPL waits for another line before running what was typed, by MicroPython's
 * rules: an open bracket or triple quote, a trailing backslash, or a compound statement (until an
 * empty line ends it).
 */
final class Continuation {

    private static final List<String> COMPOUND = List.of("if", "while", "for", "try", "with", "def", "class", "async");
    private static final Pattern WORD_END = Pattern.compile("[^A-Za-z0-9_].*", Pattern.DOTALL);

    private Continuation() {
    }

    static boolean needsMore(String input) {
        if (input.isEmpty()) {
            return false;
        }
        int depth = 0;
        String quote = null;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (quote != null) {
                if (c == '\\' && i + 1 < input.length()) {
                    i++;
                } else if (input.startsWith(quote, i)) {
                    i += quote.length() - 1;
                    quote = null;
                }
            } else if (c == '\'' || c == '"') {
                quote = input.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                i += quote.length() - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        if (quote != null) {
            return quote.length() == 3; // an open single quote is an error to report, not more to read
        }
        if (depth > 0 || input.endsWith("\\")) {
            return true;
        }
        return startsCompound(input) && !input.endsWith("\n");
    }

    private static boolean startsCompound(String input) {
        if (input.startsWith("@")) {
            return true;
        }
        for (String keyword : COMPOUND) {
            if (input.startsWith(keyword) && (input.length() == keyword.length()
                    || WORD_END.matcher(input.substring(keyword.length())).matches())) {
                return true;
            }
        }
        return false;
    }
}
