package io.flashdeck.core.volume;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An absolute path inside a volume: a list of names, each free of {@code '/'} and NUL and never
 * {@code "."} or {@code ".."}. Names are the display form (DESIGN.md §3), not on-disk bytes.
 */
public final class VolumePath implements Comparable<VolumePath> {

    public static final VolumePath ROOT = new VolumePath(List.of());

    private final List<String> names;

    private VolumePath(List<String> names) {
        this.names = names;
    }

    /**
     * Parses {@code "/a/b"} (a missing leading slash is allowed; repeated and trailing slashes are
     * ignored; {@code "."} segments are skipped and {@code ".."} goes up, never above the root).
     */
    public static VolumePath parse(String text) {
        List<String> names = new ArrayList<>();
        for (String segment : text.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
                continue;
            }
            checkName(segment);
            names.add(segment);
        }
        return new VolumePath(Collections.unmodifiableList(names));
    }

    public static VolumePath of(String... names) {
        VolumePath path = ROOT;
        for (String name : names) {
            path = path.resolve(name);
        }
        return path;
    }

    /** The child {@code name} of this path. */
    public VolumePath resolve(String name) {
        checkName(name);
        List<String> child = new ArrayList<>(names.size() + 1);
        child.addAll(names);
        child.add(name);
        return new VolumePath(Collections.unmodifiableList(child));
    }

    /** This path followed by every name of {@code relative}. */
    public VolumePath resolve(VolumePath relative) {
        if (relative.isRoot()) {
            return this;
        }
        // in one list: a copy resolves the target of every file it writes (its names are checked already)
        List<String> joined = new ArrayList<>(names.size() + relative.names.size());
        joined.addAll(names);
        joined.addAll(relative.names);
        return new VolumePath(Collections.unmodifiableList(joined));
    }

    public boolean isRoot() {
        return names.isEmpty();
    }

    /** The parent; the root's parent is the root. */
    public VolumePath parent() {
        return isRoot() ? this : new VolumePath(names.subList(0, names.size() - 1));
    }

    /** The last name, or {@code ""} for the root. */
    public String name() {
        return isRoot() ? "" : names.get(names.size() - 1);
    }

    public List<String> names() {
        return names;
    }

    public int depth() {
        return names.size();
    }

    /** True when {@code other} is this path or lies below it. */
    public boolean contains(VolumePath other) {
        return other.names.size() >= names.size() && other.names.subList(0, names.size()).equals(names);
    }

    /** The names of {@code descendant} below this path. */
    public VolumePath relativize(VolumePath descendant) {
        if (!contains(descendant)) {
            throw new IllegalArgumentException(descendant + " is not inside " + this);
        }
        return new VolumePath(descendant.names.subList(names.size(), descendant.names.size()));
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a valid file name: \"" + name + "\"");
        }
    }

    @Override
    public int compareTo(VolumePath other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VolumePath && ((VolumePath) o).names.equals(names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(names);
    }

    /** {@code "/"} for the root, otherwise {@code "/a/b"}. */
    @Override
    public String toString() {
        return isRoot() ? "/" : "/" + String.join("/", names);
    }
}
