package io.flashdeck.serial.emu;

import java.util.ArrayList;
import java.util.List;

/** Splits a line of Python into its simple statements: at {@code ;} and before {@code #}, outside quotes. */
final class StatementSplitter {

    private StatementSplitter() {
    }

    /** The statements of {@code line}, stripped; blank ones and comments dropped. */
    static List<String> split(String line) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && i + 1 < line.length()) {
                    current.append(line.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
            } else if (c == ';' || c == '#') {
                add(statements, current);
                if (c == '#') {
                    return statements;
                }
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
