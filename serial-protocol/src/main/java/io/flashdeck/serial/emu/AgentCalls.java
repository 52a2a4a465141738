package io.flashdeck.serial.emu;

import java.util.List;
import java.util.Set;

/**
 * The pasted agent ({@code _fdagent}) in the camera's RAM: each call FlashDeck's host makes,
 * checked as Python would check its arguments and run natively as {@code fdagent.py} runs it.
 */
final class AgentCalls {

    /** The agent's other methods: they exist, but the host never calls them and nor can anyone here. */
    private static final Set<String> HELPERS = Set.of("err", "hx", "kind", "split", "join", "parent", "when", "kv",
            "vfs", "probe", "line", "empty", "tag", "tidy", "place", "room", "grant", "take", "answer", "feed", "open1",
            "commit1", "drop", "fill", "bdev", "defaults");

    private final String version;
    private final AgentQueries queries;
    private final AgentChanges changes;
    private final AgentUpload upload;
    private final AgentDownload download;
    /** The agent's {@code W} and {@code E}: transfer window and early credit, until the host sets them. */
    private int window = 1024;
    private int early = 448;

    AgentCalls(String version, CameraStorage storage, ReceiveBuffer input, Console output) {
        this.version = version;
        AgentFiles files = new AgentFiles(new CameraOs(storage));
        Leftovers leftovers = new Leftovers(files);
        this.queries = new AgentQueries(files, leftovers, storage, output);
        this.changes = new AgentChanges(files, leftovers, storage);
        this.upload = new AgentUpload(files, leftovers, input, output);
        this.download = new AgentDownload(files, input, output);
    }

    /** {@code _fdagent.V}, the version the host stamped. */
    String version() {
        return version;
    }

    void call(String function, List<Object> args) throws PyException {
        Arguments a = new Arguments(function, args);
        switch (function) {
            case "info" -> a.none(queries::info);
            case "mounts" -> a.none(queries::mounts);
            case "sync" -> a.none(changes::sync);
            case "tidyall" -> a.none(changes::tidyAll);
            case "ls" -> queries.ls(a.path());
            case "st" -> queries.st(a.path());
            case "sha" -> queries.sha(a.path());
            case "mk" -> changes.mk(a.path());
            case "rm" -> changes.rm(a.bytes(0, 2), a.bool(1, 2));
            case "mv" -> changes.mv(a.bytes(0, 2), a.bytes(1, 2));
            case "rename" -> changes.rename(a.bytes(0, 2), a.bytes(1, 2));
            case "fmt" -> changes.fmt(a.bytes(0, 2), a.bool(1, 2));
            case "t" -> {
                window = (int) a.integer(0, 2);
                early = (int) a.integer(1, 2);
            }
            case "U" -> a.none(() -> upload.run(window, early));
            case "G" -> a.none(() -> download.batch(window));
            case "g" -> download.run(a.bytes(0, a.between(1, 2)), a.size() > 1 ? a.integer(1, 2) : 0, window);
            default -> throw HELPERS.contains(function)
                    ? PyException.notImplemented(CodeRecognizer.ONLY_THE_AGENT + ", and only the calls FlashDeck makes")
                    : new PyException("AttributeError", "'_FdAgent' object has no attribute '" + function + "'");
        }
    }

    /** The arguments of one call, checked as MicroPython checks a method's (counting {@code self}). */
    private record Arguments(String function, List<Object> values) {

        @FunctionalInterface
        interface Action {
            void run() throws PyException;
        }

        void none(Action action) throws PyException {
            count(0);
            action.run();
        }

        byte[] path() throws PyException {
            return bytes(0, 1);
        }

        byte[] bytes(int index, int count) throws PyException {
            if (count(count).get(index) instanceof byte[] value) {
                return value;
            }
            throw new PyException("TypeError", "object with buffer protocol required");
        }

        boolean bool(int index, int count) throws PyException {
            if (count(count).get(index) instanceof Boolean value) {
                return value;
            }
            throw new PyException("TypeError", "expected a bool");
        }

        long integer(int index, int count) throws PyException {
            if (count(count).get(index) instanceof Long value && value >= 0 && value <= Integer.MAX_VALUE * 2L + 1) {
                return value;
            }
            throw new PyException("TypeError", "can't convert to int");
        }

        int size() {
            return values.size();
        }

        /** Checks a call whose last arguments have defaults; returns how many were given. */
        int between(int fewest, int most) throws PyException {
            if (values.size() < fewest || values.size() > most) {
                count(values.size() < fewest ? fewest : most);
            }
            return values.size();
        }

        private List<Object> count(int expected) throws PyException {
            if (values.size() != expected) {
                throw new PyException("TypeError", "function takes " + (expected + 1)
                        + " positional arguments but " + (values.size() + 1) + " were given");
            }
            return values;
        }
    }
}
