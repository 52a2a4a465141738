package io.flashdeck.app.editor;

import java.util.Set;

/** Python's reserved words and the built-in names a MicroPython script uses most. */
final class PythonWords {

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    static final Set<String> BUILTINS = Set.of("abs", "all", "any", "bin", "bool", "bytearray", "bytes",
            "callable", "chr", "classmethod", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter",
            "float", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "int", "isinstance",
            "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object",
            "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
            "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "zip",
            "self", "Exception", "OSError", "KeyboardInterrupt", "ValueError", "TypeError", "RuntimeError");

    /** Prefixes a string literal may carry, in lower case: raw, bytes, f-strings, and their pairs. */
    static final Set<String> STRING_PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf");

    private PythonWords() {
    }
}
