package io.flashdeck.app.editor;

import java.util.Optional;

/**
 * Plain-text search in the editor: the next or previous occurrence, wrapping around the end, and
 * replacing every occurrence at once. Case-insensitive unless asked.
 */
public final class TextSearch {

    /** An occurrence: characters {@code start} (inclusive) to {@code end} (exclusive). */
    public record Match(int start, int end) {
    }

    /** The text after replacing, and how many occurrences were replaced. */
    public record Replaced(String text, int count) {
    }

    private final String query;
    private final boolean matchCase;

    public TextSearch(String query, boolean matchCase) {
        this.query = query;
        this.matchCase = matchCase;
    }

    /** The first occurrence starting at or after {@code from}, else the first one from the top. */
    public Optional<Match> next(String text, int from) {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        int last = text.length() - query.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            if (matchesAt(text, i)) {
                return Optional.of(new Match(i, i + query.length()));
            }
        }
        return from > 0 ? next(text, 0) : Optional.empty();
    }

    /** The last occurrence ending at or before {@code before}, else the last one in the text. */
    public Optional<Match> previous(String text, int before) {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        for (int i = Math.min(before, text.length()) - query.length(); i >= 0; i--) {
            if (matchesAt(text, i)) {
                return Optional.of(new Match(i, i + query.length()));
            }
        }
        return before < text.length() ? previous(text, text.length()) : Optional.empty();
    }

    /** Every occurrence, left to right and not overlapping, replaced by {@code replacement}. */
    public Replaced replaceAll(String text, String replacement) {
        if (query.isEmpty()) {
            return new Replaced(text, 0);
        }
        StringBuilder result = new StringBuilder(text.length());
        int count = 0;
        int copied = 0;
        for (int i = 0; i <= text.length() - query.length(); ) {
            if (matchesAt(text, i)) {
                result.append(text, copied, i).append(replacement);
                i += query.length();
                copied = i;
                count++;
            } else {
                i++;
            }
        }
        result.append(text, copied, text.length());
        return new Replaced(result.toString(), count);
    }

    /** Whether {@code text} between {@code start} and {@code end} is an occurrence, as a selection to replace. */
    public boolean isMatch(String text, int start, int end) {
        return !query.isEmpty() && end - start == query.length() && matchesAt(text, start);
    }

    private boolean matchesAt(String text, int index) {
        return text.regionMatches(!matchCase, index, query, 0, query.length());
    }
}
