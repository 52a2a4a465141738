package io.flashdeck.app.gui.editor;

import io.flashdeck.app.editor.PythonTokenizer;
import io.flashdeck.app.editor.Token;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Keeps a code area's Python colours up to date. The tokens are found on a worker thread after
 * typing pauses briefly, so a 2 MiB file costs no keystroke anything; colours computed for a text
 * that has changed since are dropped, and the next pause brings the right ones.
 */
final class SyntaxColouring {

    private static final Duration PAUSE = Duration.ofMillis(120);

    private final CodeArea area;
    private final Executor worker;
    private long edits;

    private SyntaxColouring(CodeArea area, Executor worker) {
        this.area = area;
        this.worker = worker;
    }

    /** Colours {@code area} now and after every pause in its edits. */
    static void attach(CodeArea area, Executor worker) {
        SyntaxColouring colouring = new SyntaxColouring(area, worker);
        area.plainTextChanges().subscribe(change -> colouring.edits++);
        area.plainTextChanges().successionEnds(PAUSE).subscribe(change -> colouring.recolour());
        colouring.recolour();
    }

    private void recolour() {
        String text = area.getText();
        long version = edits;
        worker.execute(() -> {
            StyleSpans<Collection<String>> spans = spans(text);
            Platform.runLater(() -> {
                if (version == edits) {
                    area.setStyleSpans(0, spans);
                }
            });
        });
    }

    /** The style classes of every character of {@code text}: a token's class, or none. */
    static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int end = 0;
        for (Token token : PythonTokenizer.tokenize(text)) {
            spans.add(List.of(), token.start() - end);
            spans.add(List.of(token.kind().styleClass()), token.end() - token.start());
            end = token.end();
        }
        spans.add(List.of(), text.length() - end);
        return spans.create();
    }
}
