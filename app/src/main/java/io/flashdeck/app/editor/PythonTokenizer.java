package io.flashdeck.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the parts of Python source the editor colours: keywords, built-in names, strings (with
 * prefixes, escapes and triple quotes over many lines), comments, numbers and decorators. One pass,
 * no backtracking, so a 2 MiB file takes milliseconds; text that is not valid Python still gets
 * sensible colours (an unclosed string ends at its line, an unclosed triple quote at the end).
 */
public final class PythonTokenizer {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private PythonTokenizer(String text) {
        this.text = text;
    }

    /** The coloured stretches of {@code text}, in order, not overlapping. */
    public static List<Token> tokenize(String text) {
        PythonTokenizer tokenizer = new PythonTokenizer(text);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                add(TokenKind.COMMENT, pos, lineEnd(pos));
            } else if (c == '"' || c == '\'') {
                string(pos);
            } else if (isDigit(c) || c == '.' && isDigit(at(pos + 1))) {
                number();
            } else if (isNameStart(c)) {
                name();
            } else if (c == '@' && onlyBlanksBefore(pos)) {
                decorator();
            } else {
                pos++;
            }
        }
    }

    private void name() {
        int start = pos;
        while (pos < text.length() && isNamePart(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        char next = at(pos);
        if ((next == '"' || next == '\'') && PythonWords.STRING_PREFIXES.contains(word.toLowerCase(Locale.ROOT))) {
            string(start);
        } else if (PythonWords.KEYWORDS.contains(word)) {
            tokens.add(new Token(TokenKind.KEYWORD, start, pos));
        } else if (PythonWords.BUILTINS.contains(word)) {
            tokens.add(new Token(TokenKind.BUILTIN, start, pos));
        }
    }

    /** A string literal whose prefix, if any, starts at {@code start} and whose quote is at {@link #pos}. */
    private void string(int start) {
        char quote = text.charAt(pos);
        boolean triple = at(pos + 1) == quote && at(pos + 2) == quote;
        pos += triple ? 3 : 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2; // the escaped character, even a quote or a line break, belongs to the string
            } else if (c == quote && (!triple || at(pos + 1) == quote && at(pos + 2) == quote)) {
                pos += triple ? 3 : 1;
                break;
            } else if (c == '\n' && !triple) {
                break; // unclosed: the colour stops at the line's end
            } else {
                pos++;
            }
        }
        pos = Math.min(pos, text.length());
        tokens.add(new Token(TokenKind.STRING, start, pos));
    }

    /** Decimal, hexadecimal, octal and binary integers, floats with exponents, imaginary numbers. */
    private void number() {
        int start = pos;
        char radix = Character.toLowerCase(at(pos + 1));
        if (text.charAt(pos) == '0' && (radix == 'x' || radix == 'o' || radix == 'b')) {
            pos += 2;
            while (Character.isLetterOrDigit(at(pos)) || at(pos) == '_') {
                pos++;
            }
        } else {
            digits();
            if (at(pos) == '.') {
                pos++;
                digits();
            }
            char e = at(pos);
            int sign = at(pos + 1) == '+' || at(pos + 1) == '-' ? 1 : 0;
            if ((e == 'e' || e == 'E') && isDigit(at(pos + 1 + sign))) {
                pos += 1 + sign;
                digits();
            }
            if (at(pos) == 'j' || at(pos) == 'J') {
                pos++;
            }
        }
        tokens.add(new Token(TokenKind.NUMBER, start, pos));
    }

    private void digits() {
        while (isDigit(at(pos)) || at(pos) == '_') {
            pos++;
        }
    }

    /** {@code @name.attribute} at the start of a line; elsewhere {@code @} multiplies matrices. */
    private void decorator() {
        int start = pos++;
        while (isNamePart(at(pos)) || at(pos) == '.') {
            pos++;
        }
        tokens.add(new Token(TokenKind.DECORATOR, start, pos));
    }

    private void add(TokenKind kind, int start, int end) {
        tokens.add(new Token(kind, start, end));
        pos = end;
    }

    private int lineEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private boolean onlyBlanksBefore(int index) {
        for (int i = index - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The character at {@code index}, or NUL past the end. */
    private char at(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isNamePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
