package io.flashdeck.serial.emu;

import io.flashdeck.serial.agent.AgentScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the code FlashDeck's host sends: the agent's version probe, the pasted agent (this
 * build's exact code), calls on the agent with literal arguments, and {@code machine.reset()}.
 * Anything else is refused with {@code NotImplementedError}: this is not a Python interpreter.
 */
final class CodeRecognizer {

    static final String ONLY_THE_AGENT = "this virtual camera runs only FlashDeck's agent";

    private static final Pattern STAMP = Pattern.compile("_fdagent\\.V = '([0-9A-Za-z]*)'\\s*");
    private static final Pattern CALL = Pattern.compile("_fdagent\\.([A-Za-z_][A-Za-z0-9_]*)\\(");

    private final AgentScript script;

    CodeRecognizer(AgentScript script) {
        this.script = script;
    }

    Program recognize(byte[] code) {
        String text = new String(code, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        if (text.strip().equals(AgentScript.VERSION_PROBE)) {
            return new Program.VersionProbe();
        }
        if (text.startsWith(script.code())) {
            Matcher stamp = STAMP.matcher(text.substring(script.code().length()));
            if (stamp.matches()) {
                return new Program.AgentPaste(stamp.group(1));
            }
        }
        if (text.contains("class _FdAgent")) {
            return new Program.Refused(1, PyException.notImplemented(ONLY_THE_AGENT
                    + " (version " + script.version() + "), and this is another version of it"));
        }
        return statements(text);
    }

    private static Program statements(String text) {
        List<Program.Statement> statements = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String statement : StatementSplitter.split(lines[i])) {
                try {
                    Program.Statement recognized = statement(i + 1, statement);
                    if (recognized == null) {
                        return new Program.Refused(i + 1, PyException.notImplemented(ONLY_THE_AGENT));
                    }
                    statements.add(recognized);
                } catch (PyException e) {
                    return new Program.Refused(i + 1, e);
                }
            }
        }
        return new Program.Statements(statements);
    }

    /** The statement, or null when it is not one this camera runs. */
    private static Program.Statement statement(int line, String statement) throws PyException {
        if (statement.equals("import machine")) {
            return new Program.ImportMachine(line);
        }
        if (statement.equals("machine.reset()")) {
            return new Program.MachineReset(line);
        }
        Matcher call = CALL.matcher(statement);
        if (!call.lookingAt()) {
            return null;
        }
        List<Object> arguments = new ArrayList<>();
        PyLiteralReader reader = new PyLiteralReader(statement, call.end());
        reader.skipSpaces();
        boolean closed = statement.startsWith(")", reader.position());
        while (!closed) {
            Object argument = reader.literal();
            if (argument == null) {
                return null; // an expression to evaluate: not something this camera does
            }
            arguments.add(argument);
            reader.skipSpaces();
            int at = reader.position();
            if (statement.startsWith(",", at)) {
                reader = new PyLiteralReader(statement, at + 1);
            } else if (statement.startsWith(")", at)) {
                closed = true;
            } else {
                throw new PyException("SyntaxError", "invalid syntax");
            }
        }
        if (!statement.substring(reader.position() + 1).isBlank()) {
            return null;
        }
        return new Program.AgentCall(line, call.group(1), arguments);
    }
}
